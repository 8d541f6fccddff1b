using System.Globalization;
using System.Security;
using System.Text;

namespace Payout.Excel.Writing;

/// <summary>
/// The workbook's cell formats: the fixed <see cref="Style"/>s, plus a money and a money-total
/// format per currency met while writing (<c>#,##0.00 "EUR"</c>; currencies without minor units
/// get no decimals). Indices are handed out in first-use order, which is deterministic.
/// </summary>
internal sealed class StyleRegistry
{
    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.Ordinal)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["CLP"] = 0, ["ISK"] = 0, ["VND"] = 0, ["BHD"] = 3, ["KWD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3,
    };

    private const int FixedCount = 8;
    private readonly List<string> _currencies = [];

    /// <summary>The <c>cellXfs</c> index of a cell's style.</summary>
    public uint IndexOf(Cell cell)
    {
        if (cell.Currency is not { } currency || cell.Style is not (Style.Money or Style.MoneyTotal))
        {
            return (uint)cell.Style;
        }

        var k = _currencies.IndexOf(currency);
        if (k < 0)
        {
            _currencies.Add(currency);
            k = _currencies.Count - 1;
        }

        return (uint)(FixedCount + 2 * k + (cell.Style == Style.MoneyTotal ? 1 : 0));
    }

    /// <summary>The styles part for every style handed out.</summary>
    public string Xml()
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        sb.Append(CultureInfo.InvariantCulture, $"""<numFmts count="{4 + _currencies.Count}"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="0.00##"/><numFmt numFmtId="166" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="167" formatCode="0.00%"/>""");
        for (var k = 0; k < _currencies.Count; k++)
        {
            var places = MinorUnits.GetValueOrDefault(_currencies[k], 2);
            var pattern = places == 0 ? "#,##0" : "#,##0." + new string('0', places);
            sb.Append(CultureInfo.InvariantCulture, $"""<numFmt numFmtId="{168 + k}" formatCode="{SecurityElement.Escape($"{pattern} \"{_currencies[k]}\"")}"/>""");
        }

        sb.Append("</numFmts>");
        sb.Append("""<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>""");
        sb.Append("""<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>""");
        sb.Append("""<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>""");
        sb.Append("""<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>""");
        sb.Append(CultureInfo.InvariantCulture, $"""<cellXfs count="{FixedCount + 2 * _currencies.Count}">""");
        sb.Append("""<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>""");
        sb.Append("""<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>""");
        sb.Append(Xf(164, bold: false)).Append(Xf(165, bold: false)).Append(Xf(1, bold: false)).Append(Xf(164, bold: true));
        sb.Append(Xf(166, bold: false)).Append(Xf(167, bold: false));
        for (var k = 0; k < _currencies.Count; k++)
        {
            sb.Append(Xf(168 + k, bold: false)).Append(Xf(168 + k, bold: true));
        }

        sb.Append("""</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""");
        return sb.ToString();
    }

    private static string Xf(int format, bool bold) => string.Create(CultureInfo.InvariantCulture,
        $"""<xf numFmtId="{format}" fontId="{(bold ? 1 : 0)}" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"{(bold ? " applyFont=\"1\"" : string.Empty)}/>""");
}
