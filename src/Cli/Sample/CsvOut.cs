using System.Globalization;
using System.Text;

namespace Payout.Cli.Sample;

/// <summary>A buffered CSV file for generated data: invariant numbers, ISO timestamps, no quoting needed.</summary>
internal sealed class CsvOut : IDisposable
{
    private readonly StreamWriter _writer;

    public CsvOut(string directory, string name, string header)
    {
        _writer = new StreamWriter(Path.Combine(directory, name), false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        _writer.WriteLine(header);
    }

    public long Rows { get; private set; }

    public void Row(params object?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            _writer.Write(fields[i] switch
            {
                null => string.Empty,
                DateTimeOffset ts => ts.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            });
        }

        _writer.WriteLine();
        Rows++;
    }

    public void Dispose() => _writer.Dispose();
}
