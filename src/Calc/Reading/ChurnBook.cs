using Payout.Calc.Model;
using Payout.Calc.Rows;

namespace Payout.Calc.Reading;

/// <summary>
/// The account rows of every period, kept while <c>accounts.csv</c> is read, so the churns of the
/// run's period can be traced back to the period that counted the account. Accounts are a CSM's
/// book (tens of rows per person), so keeping them costs little.
/// </summary>
internal sealed class ChurnBook
{
    private readonly List<(AccountRow Row, Period Period, string Source)> _rows = [];

    /// <summary>Keeps a valid row.</summary>
    public void Add(AccountRow row, Period period, string file, int line) => _rows.Add((row, period, $"{file}:{line}"));

    /// <summary>
    /// The churns dated inside <paramref name="run"/> of accounts that an earlier period counted as
    /// retained, for the people <paramref name="inRun"/> accepts; ordered by person, account and period.
    /// </summary>
    public IReadOnlyList<AccountChurn> ChurnsIn(Period run, Func<string, bool> inRun)
    {
        var churns = new List<AccountChurn>();
        var byAccount = _rows.ToLookup(r => r.Row.AccountId, StringComparer.Ordinal);
        // NRR's numerator per CSM and period: arr_end over the accounts present at the start (not new ones).
        var books = new Lazy<Dictionary<(string, string), decimal>>(() => _rows.Where(r => r.Row.Status != "new")
            .GroupBy(r => (r.Row.EmployeeId, r.Period.Name)).ToDictionary(g => g.Key, g => g.Sum(r => r.Row.ArrEnd)));
        foreach (var (churn, _, source) in _rows)
        {
            if (churn.ChurnedOn is not { } day || day < run.Start || day >= run.EndExclusive)
            {
                continue;
            }

            // The latest period that ended before the churn and counted the account as retained.
            var retained = byAccount[churn.AccountId].Where(r => r.Row.Status == "retained" && r.Period.EndExclusive <= day).ToList();
            if (retained.Count == 0)
            {
                continue; // never counted in an NRR: nothing was paid on it
            }

            var (counted, period, _) = retained.MaxBy(r => r.Period.EndExclusive);
            if (!inRun(counted.EmployeeId))
            {
                continue;
            }

            var book = books.Value[(counted.EmployeeId, period.Name)];
            churns.Add(new AccountChurn(counted.EmployeeId, churn.AccountId, period.Name, period.EndExclusive.AddDays(-1), day, counted.ArrEnd, book, source));
        }

        return [.. churns.OrderBy(c => c.EmployeeId, StringComparer.Ordinal).ThenBy(c => c.AccountId, StringComparer.Ordinal).ThenBy(c => c.CountedIn, StringComparer.Ordinal)];
    }
}
