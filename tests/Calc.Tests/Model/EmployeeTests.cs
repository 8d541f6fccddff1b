using Payout.Calc.Model;

namespace Payout.Calc.Tests.Model;

public sealed class EmployeeTests
{
    private static readonly Period Q3 = Period.Parse("2026-Q3"); // 92 days

    [Theory]
    [InlineData(null, null, "1", "1")]
    [InlineData("2026-08-15", null, "1", "47/92")]        // 15 Aug to 30 Sep inclusive: 47 of 92 days
    [InlineData(null, "2026-08-31", "1", "62/92")]        // 1 Jul to 31 Aug inclusive
    [InlineData(null, null, "0.5", "0.5")]
    [InlineData("2026-08-15", null, "0.5", "23.5/92")]
    [InlineData("2026-10-05", null, "1", "0")]
    [InlineData(null, "2026-06-15", "1", "0")]
    public void ProrationFor_HireLeaveFte_Factor(string? hire, string? leave, string fte, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var employee = new Employee("E1", "A", "agent", "T", "USD", 48000m, null,
            hire is null ? null : DateOnly.Parse(hire, inv), leave is null ? null : DateOnly.Parse(leave, inv), decimal.Parse(fte, inv));
        var parts = expected.Split('/');
        var factor = parts.Length == 2 ? decimal.Parse(parts[0], inv) / decimal.Parse(parts[1], inv) : decimal.Parse(expected, inv);
        employee.ProrationFor(Q3).ShouldBe(factor);
    }
}
