namespace Payout.Calc.Model;

/// <summary>
/// The roles the sample company and the data contract's examples use. A company may have others
/// (<c>tier1_agent</c>); only <see cref="Csm"/> carries a rule of its own (variable pay 10–20 %).
/// </summary>
public static class Role
{
    /// <summary>Support agent.</summary>
    public const string Agent = "agent";

    /// <summary>Senior support agent.</summary>
    public const string SeniorAgent = "senior_agent";

    /// <summary>Support team lead.</summary>
    public const string TeamLead = "team_lead";

    /// <summary>Customer Success Manager.</summary>
    public const string Csm = "csm";

    /// <summary>The sample company's roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Agent, SeniorAgent, TeamLead, Csm];
}
