namespace Wijkaanpak.Core.Model;

/// <summary>
/// One problem that keeps a model from being built or loaded: a duplicate id, a dangling
/// reference, a value out of range, or (when read from a file) a syntax or type error.
/// </summary>
/// <param name="Path">Where: a JSON path into the model's file form, e.g. <c>$.theoryOfChange.goals[3].id</c>; for CSV, the column.</param>
/// <param name="Message">What is wrong, naming the offending value.</param>
public sealed record ModelProblem(string Path, string Message)
{
    /// <summary>The 1-based line in the file, when the model was read from one.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based column in the file, when the model was read from one.</summary>
    public long? Column { get; init; }

    /// <summary>The problem as one line: path, position when known, and message.</summary>
    public override string ToString() =>
        Line is null ? $"{Path}: {Message}" : $"{Path} (line {Line}, column {Column}): {Message}";
}
