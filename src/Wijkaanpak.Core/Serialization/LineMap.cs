namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Turns byte offsets of a UTF-8 document into 1-based line and column numbers (columns count
/// characters, not bytes). Offsets asked for in increasing order cost time in proportion to the
/// distance between them, so placing every value of a file that is one long line stays linear.
/// </summary>
internal sealed class LineMap
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly List<int> _lineStarts = [0];
    private int _lastLine = -1;
    private int _lastOffset;
    private int _lastColumn;

    /// <summary>Indexes the line starts of <paramref name="utf8"/>.</summary>
    public LineMap(ReadOnlyMemory<byte> utf8)
    {
        _utf8 = utf8;
        var span = utf8.Span;
        for (var i = span.IndexOf((byte)'\n'); i >= 0;)
        {
            _lineStarts.Add(i + 1);
            var next = span[(i + 1)..].IndexOf((byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    /// <summary>The 1-based line and column of the byte at <paramref name="offset"/>.</summary>
    public (long Line, long Column) Position(long offset)
    {
        offset = Math.Clamp(offset, 0, _utf8.Length);
        var line = _lineStarts.BinarySearch((int)offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var start = _lineStarts[line];
        var column = 1;
        if (line == _lastLine && offset >= _lastOffset)
        {
            start = _lastOffset;
            column = _lastColumn;
        }

        foreach (var b in _utf8.Span[start..(int)offset])
        {
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        (_lastLine, _lastOffset, _lastColumn) = (line, (int)offset, column);
        return (line + 1, column);
    }
}
