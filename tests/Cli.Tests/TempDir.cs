namespace Payout.Cli.Tests;

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "payout-cli-" + Guid.NewGuid().ToString("N"));

    public TempDir() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies a folder into this one under <paramref name="name"/>.</summary>
    public string CopyOf(string source, string name)
    {
        var target = File(name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
