namespace Wijkaanpak.Core.Serialization;

/// <summary>A place in a model file: the 1-based line and column (in bytes of UTF-8) where a JSON value starts.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
public readonly record struct SourcePosition(long Line, long Column);
