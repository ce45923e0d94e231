namespace Wijkaanpak.Core.Validation;

/// <summary>
/// The deterministic order of findings: severity (errors first), code, subjects (element by
/// element, ordinal; a shorter list first when it is a prefix), location, message.
/// </summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static DiagnosticOrder Instance { get; } = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var order = y.Severity.CompareTo(x.Severity);
        if (order == 0)
        {
            order = string.CompareOrdinal(x.Code, y.Code);
        }

        if (order == 0)
        {
            order = CompareSubjects(x, y);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Location, y.Location);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }

    private static int CompareSubjects(Diagnostic x, Diagnostic y)
    {
        var a = x.Subjects.AsSpan();
        var b = y.Subjects.AsSpan();
        var common = Math.Min(a.Length, b.Length);
        for (var i = 0; i < common; i++)
        {
            var order = string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
