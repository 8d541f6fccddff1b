using System.Globalization;
using System.Text;
using System.Xml;
using Payout.Common;
using Payout.Rules.Testing;

namespace Payout.Cli.Output;

/// <summary>
/// <c>payout test --junit FILE</c>: the policy test results as JUnit XML (one test suite per test
/// file, one test case per case, a failure with expected, actual and the explanation), the format
/// CI servers read, so a comp team's rules repository can run its tests in CI.
/// </summary>
internal static class JUnitReport
{
    /// <summary>Writes the report atomically: a temporary file, then a rename.</summary>
    public static void Write(string path, IReadOnlyList<PolicyTestResult> results) => TempFiles.Publish(path, stream =>
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        Write(writer, results);
    });

    private static void Write(XmlWriter xml, IReadOnlyList<PolicyTestResult> results)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "payout test");
        xml.WriteAttributeString("tests", N(results.Count));
        xml.WriteAttributeString("failures", N(results.Count(r => !r.Passed)));
        foreach (var file in results.GroupBy(r => r.File).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var suite = Path.GetFileName(file.Key);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", suite);
            xml.WriteAttributeString("tests", N(file.Count()));
            xml.WriteAttributeString("failures", N(file.Count(r => !r.Passed)));
            foreach (var result in file)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", suite);
                xml.WriteAttributeString("name", result.Case);
                if (!result.Passed)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", "the awards differ from the expected ones");
                    xml.WriteString($"expected:\n{result.Expected}\nactual:\n{result.Actual}\nexplanation:\n{result.Explanation}");
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
