namespace Payout.Rules.Engine;

/// <summary>What a <see cref="TemplatePart"/> writes.</summary>
internal enum TemplatePartKind
{
    /// <summary>Fixed text: operators, names, constants, brackets.</summary>
    Text,

    /// <summary>The value of <c>root.member</c> (null when the root is not a fact), then its lineage when the part is named.</summary>
    Member,

    /// <summary>A scoped value by index, or the parameter's name when the rule has no such value.</summary>
    Scoped,
}
