using Payout.Calc.Model;
using Payout.Calc.Reading;
using Payout.Calc.Rows;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>Reads <c>accounts*.csv</c>: a CSM's book of accounts per period.</summary>
internal static class AccountFile
{
    public const string Kind = "accounts";

    public static IReadOnlyList<string> Required { get; } = ["employee_id", "account_id", "period", "status"];

    private static readonly AccountValidator Validator = new();

    public static RowOutcome Handle(DataRow row, ReadContext ctx, UniqueIds seen)
    {
        var account = new AccountRow(
            row.Text("employee_id"),
            row.Text("account_id"),
            row.Text("period"),
            row.Text("status").ToLowerInvariant(),
            row.OptionalDecimal("arr_start") ?? 0m,
            row.OptionalDecimal("arr_end") ?? 0m,
            row.OptionalDecimal("retention_cost") ?? 0m)
        {
            ChurnedOn = row.OptionalDate("churned_on"),
        };
        row.Check(Validator, account);
        row.Unique("account_id", account.AccountId + "\u001f" + account.Period, seen, account, static a => $"duplicate account_id for period {a.Period}");
        var person = ctx.Person(row, account.EmployeeId);
        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        ctx.Accounts.Add(account, Period.Parse(account.Period), row.File, row.Line);
        if (person is null || !ctx.IsRunPeriod(account.Period))
        {
            return RowOutcome.OutsidePeriod;
        }

        person.AddAccount(account.Status, account.ArrStart, account.ArrEnd, account.RetentionCost);
        return RowOutcome.Used;
    }
}
