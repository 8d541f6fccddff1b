namespace Payout.Excel.Writing;

/// <summary>Cell styles; <see cref="StyleRegistry"/> turns them (and a currency) into <c>cellXfs</c> indices.</summary>
public enum Style
{
    /// <summary>General.</summary>
    Default = 0,

    /// <summary>Bold header text.</summary>
    Header = 1,

    /// <summary>An amount: <c>#,##0.00 "USD"</c> when the cell names its currency, else <c>#,##0.00</c>.</summary>
    Money = 2,

    /// <summary>0.00## (KPI values, factors).</summary>
    Decimal = 3,

    /// <summary>0 (counts).</summary>
    Integer = 4,

    /// <summary>A bold amount (totals).</summary>
    MoneyTotal = 5,

    /// <summary>A date, yyyy-mm-dd.</summary>
    Date = 6,

    /// <summary>0.00% (a factor shown as a percentage).</summary>
    Percent = 7,
}
