namespace Payout.Calc.Model;

/// <summary>The roles of the data contract, spelt as in <c>employees.csv</c>.</summary>
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

    /// <summary>All roles in the data contract.</summary>
    public static IReadOnlyList<string> All { get; } = [Agent, SeniorAgent, TeamLead, Csm];
}
