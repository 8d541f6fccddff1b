namespace Payout.Rules.Files;

/// <summary>A rule's actions.</summary>
internal sealed record RuleActionsDto(ActionInfoDto? OnSuccess, ActionInfoDto? OnFailure);
