namespace Payout.Excel.Writing;

/// <summary>Indices into the workbook's <c>cellXfs</c>; see <see cref="StylesPart"/>.</summary>
public enum Style
{
    /// <summary>General.</summary>
    Default = 0,

    /// <summary>Bold header text.</summary>
    Header = 1,

    /// <summary>#,##0.00 (currency amounts; the currency is in its own column).</summary>
    Money = 2,

    /// <summary>0.00## (KPI values, factors).</summary>
    Decimal = 3,

    /// <summary>0 (counts).</summary>
    Integer = 4,

    /// <summary>Bold #,##0.00 (totals).</summary>
    MoneyTotal = 5,
}
