using Payout.Calc.Reading;

namespace Payout.Calc.Files;

/// <summary>Reads <c>accounts*.csv</c>: a CSM's book of accounts per period.</summary>
internal static class AccountFile
{
    public const string Kind = "accounts";

    public static IReadOnlyList<string> Required { get; } = ["employee_id", "account_id", "period", "status"];

    private static readonly string[] Statuses = ["retained", "churned", "new"];

    public static RowOutcome Handle(DataRow row, ReadContext ctx, HashSet<string> seenKeys)
    {
        var person = ctx.Person(row);
        var accountId = row.Text("account_id");
        var period = row.Text("period");
        var status = row.Text("status").ToLowerInvariant();
        var arrStart = row.OptionalDecimal("arr_start") ?? 0m;
        var arrEnd = row.OptionalDecimal("arr_end") ?? 0m;
        row.OptionalDecimal("retention_cost");
        if (status.Length > 0 && !Statuses.Contains(status))
        {
            row.Reject("status", status, "unknown status; expected retained, churned or new");
        }

        if (arrStart < 0 || arrEnd < 0)
        {
            row.Reject(arrStart < 0 ? "arr_start" : "arr_end", string.Empty, "ARR must not be negative");
        }

        if (accountId.Length > 0 && !seenKeys.Add(accountId + "\u001f" + period))
        {
            row.Reject("account_id", accountId, $"duplicate account_id for period {period}");
        }

        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        if (person is null || !string.Equals(period, ctx.Period.Name, StringComparison.OrdinalIgnoreCase))
        {
            return RowOutcome.OutsidePeriod;
        }

        person.AddAccount(status, arrStart, arrEnd);
        return RowOutcome.Used;
    }
}
