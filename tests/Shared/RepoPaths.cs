namespace Payout.Tests.Shared;

/// <summary>Finds the repository root (the folder holding Payout.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string SampleData => Path.Combine(Root, "samples", "acme");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Payout.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Payout.sln not found above " + AppContext.BaseDirectory);
    }
}
