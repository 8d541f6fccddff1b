namespace Payout.Calc.Csv;

/// <summary>Where <see cref="CsvReader"/> puts the fields it splits: strings at once, or a batch for another thread.</summary>
/// <remarks>Implemented by structs, so the reader's loop is compiled once per sink with no calls through the interface.</remarks>
internal interface ICsvSink
{
    /// <summary>True while the field being built has no text yet (a quote there opens a quoted field).</summary>
    bool FieldEmpty { get; }

    /// <summary>Starts a record.</summary>
    void BeginRecord();

    /// <summary>Appends text to the field being built.</summary>
    void Append(ReadOnlySpan<char> chars);

    /// <summary>Ends the field being built.</summary>
    void EndField();

    /// <summary>Ends the record, which began on <paramref name="line"/>.</summary>
    void EndRecord(int line);
}
