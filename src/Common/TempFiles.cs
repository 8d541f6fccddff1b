using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Payout.Common;

/// <summary>
/// The temporary files outputs are written to before the rename that publishes them
/// (<c>payout.xlsx.tmp-&lt;pid&gt;</c>): registered while written, so an interrupted run (Ctrl-C,
/// SIGTERM, a limit) removes them before it exits, and found again by the next run after a
/// SIGKILL, which no process can clean up after.
/// </summary>
public static class TempFiles
{
    private static readonly ConcurrentDictionary<string, byte> Open = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes <paramref name="path"/> atomically: <paramref name="write"/> fills
    /// <c>&lt;path&gt;.tmp-&lt;pid&gt;</c>, registered while it is written, which is then renamed over
    /// the file. A failure deletes it and leaves any previous file as it was; stale temporary files
    /// of dead processes are removed first.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Fills the temporary file.</param>
    /// <param name="removeStale">Look for stale temporary files of <paramref name="path"/> first. A caller
    /// writing thousands of files into one folder clears the folder once (<see cref="RemoveStaleIn"/>)
    /// instead: each look reads the whole folder.</param>
    public static void Publish(string path, Action<Stream> write, bool removeStale = true)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (removeStale)
        {
            RemoveStale(full);
        }

        var temp = full + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        Open[temp] = 0;
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16)) // a small file in one write
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        finally
        {
            Open.TryRemove(temp, out _);
        }
    }

    /// <summary>Deletes every temporary file still registered; for a run that is ending early.</summary>
    public static void DeleteAll()
    {
        foreach (var path in Open.Keys)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // still held open on a platform that does not allow deleting it: nothing more to do while exiting
            }
            catch (UnauthorizedAccessException)
            {
            }

            Open.TryRemove(path, out _);
        }
    }

    /// <summary>
    /// Deletes <c>&lt;fullPath&gt;.tmp-&lt;pid&gt;</c> files left by processes that no longer run
    /// (killed while writing); a file of a live process is another run's, and is left alone.
    /// </summary>
    /// <returns>The files deleted.</returns>
    public static IReadOnlyList<string> RemoveStale(string fullPath) =>
        Remove(Path.GetDirectoryName(fullPath)!, Path.GetFileName(fullPath) + ".tmp-*");

    /// <summary>Deletes every <c>*.tmp-&lt;pid&gt;</c> file in <paramref name="directory"/> left by a process that no longer runs.</summary>
    /// <returns>The files deleted.</returns>
    public static IReadOnlyList<string> RemoveStaleIn(string directory) => Remove(Path.GetFullPath(directory), "*.tmp-*");

    private static List<string> Remove(string directory, string pattern)
    {
        var removed = new List<string>();
        if (!Directory.Exists(directory))
        {
            return removed;
        }

        foreach (var file in Directory.EnumerateFiles(directory, pattern))
        {
            var name = Path.GetFileName(file);
            var suffix = name[(name.LastIndexOf(".tmp-", StringComparison.Ordinal) + ".tmp-".Length)..];
            if (!int.TryParse(suffix, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId || IsRunning(pid))
            {
                continue;
            }

            try
            {
                File.Delete(file);
                removed.Add(file);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return removed;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
