using Payout.Rules.Files;

namespace Payout.Excel.Sheets;

/// <summary>Sheet names and shared spellings.</summary>
internal static class Names
{
    public const string Summary = "Summary";
    public const string PayoutLines = "Payout Lines";
    public const string Kpis = "KPIs";
    public const string Explanations = "Explanations";
    public const string Policies = "Policies";
    public const string Inputs = "Inputs";
    public const string Rejected = "Rejected Rows";
    public const string Run = "Run";
    public const string People = "People";
    public const string Lineage = "Lineage";
    public const string KpiDefinitions = "KPI Definitions";

    public static string Reward(RewardType type) => RewardTypes.Name(type);
}
