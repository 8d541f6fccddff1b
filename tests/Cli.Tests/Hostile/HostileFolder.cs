using Payout.Tests.Shared;

namespace Payout.Cli.Tests.Hostile;

/// <summary>A copy of the sample data and rules, for a test to break one file of.</summary>
internal sealed class HostileFolder : IDisposable
{
    private readonly TempDir _dir = new();

    public HostileFolder()
    {
        Data = _dir.CopyOf(RepoPaths.SampleData, "data");
        Rules = _dir.CopyOf(RepoPaths.Rules, "rules");
    }

    public string Root => _dir.Path;

    public string Data { get; }

    public string Rules { get; }

    public string Out => _dir.File("out.xlsx");

    /// <summary>The arguments of a run of this folder's data and rules for the sample's quarter.</summary>
    public string[] Run(params string[] more) => ["run", "--data", Data, "--rules", Rules, "--period", "2026-Q3", "--out", Out, .. more];

    /// <summary>Writes a rule file (C# or JSON) into the rules folder.</summary>
    public void Rule(string name, string content) => File.WriteAllText(Path.Combine(Rules, name), content);

    /// <summary>Rewrites a data file's text.</summary>
    public void Edit(string file, Func<string, string> change)
    {
        var path = Path.Combine(Data, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    public void Dispose() => _dir.Dispose();
}
