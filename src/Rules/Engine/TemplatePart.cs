namespace Payout.Rules.Engine;

/// <summary>One piece of an <see cref="ExpressionTemplate"/>.</summary>
/// <param name="Kind">What the part writes.</param>
/// <param name="Text">The fixed text, or a scoped parameter's name.</param>
/// <param name="Root">The fact root of a member (e.g. <c>kpi</c>).</param>
/// <param name="Member">The member read (e.g. <c>csat</c>).</param>
/// <param name="IsFact">The root is one of the fact roots, so the member has a value.</param>
/// <param name="Named">The sentence names what it reads, so a member's lineage follows its value.</param>
/// <param name="Index">The scoped value's index.</param>
internal readonly record struct TemplatePart(TemplatePartKind Kind, string Text, string Root = "", string Member = "", bool IsFact = false, bool Named = false, int Index = -1);
