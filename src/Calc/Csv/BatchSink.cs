namespace Payout.Calc.Csv;

/// <summary>Puts split fields into a <see cref="CsvBatch"/>, as text and offsets.</summary>
internal struct BatchSink(CsvBatch batch) : ICsvSink
{
    private int _fieldStart;
    private int _firstField;

    public readonly CsvBatch Batch => batch;

    public readonly bool FieldEmpty => batch.TextLength == _fieldStart;

    public void BeginRecord()
    {
        _fieldStart = batch.TextLength;
        _firstField = batch.FieldCount;
    }

    public readonly void Append(ReadOnlySpan<char> chars) => batch.Append(chars);

    public void EndField()
    {
        batch.EndField(_fieldStart);
        _fieldStart = batch.TextLength;
    }

    public readonly void EndRecord(int line) => batch.EndRecord(line, _firstField);
}
