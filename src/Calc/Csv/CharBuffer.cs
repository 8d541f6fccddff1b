namespace Payout.Calc.Csv;

/// <summary>Appending to a growable character array, for the sinks that collect field text.</summary>
internal static class CharBuffer
{
    /// <summary>Copies <paramref name="chars"/> after the first <paramref name="length"/> characters, doubling the array when full.</summary>
    public static void Append(ref char[] buffer, ref int length, ReadOnlySpan<char> chars)
    {
        if (length + chars.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + chars.Length));
        }

        chars.CopyTo(buffer.AsSpan(length));
        length += chars.Length;
    }
}
