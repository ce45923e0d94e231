namespace Wijkaanpak.Core.Model;

/// <summary>
/// The base of the exceptions the library throws for input it refuses — a model
/// (<see cref="WijkaanpakModelException"/>) or an assessment
/// (<c>Wijkaanpak.Core.Instruments.AssessmentException</c>): it lists every problem found, each with
/// where it is, and says which input they are in. Catch this type to handle any refused input alike.
/// </summary>
public abstract class WijkaanpakInputException : Exception
{
    /// <summary>Creates the exception for the problems found in <paramref name="source"/>.</summary>
    /// <param name="subject">What the input is, for the message when it has no name, e.g. <c>The model</c>.</param>
    /// <param name="source">The file name or other origin of the input, for messages; may be empty.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    protected WijkaanpakInputException(string subject, string source, IReadOnlyList<ModelProblem> problems)
        : base(ProblemListMessage.Of(string.IsNullOrEmpty(source) ? subject : $"'{source}'", problems))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Creates the exception with a message and an inner exception; the message is its one problem, at the root.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    protected WijkaanpakInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = string.Empty;
        Problems = [new ModelProblem("$", message)];
    }

    /// <summary>Every problem found, in a deterministic order (by position in the file when read from one).</summary>
    public IReadOnlyList<ModelProblem> Problems { get; }

    /// <summary>The file name or other origin of the input.</summary>
    public override string? Source { get; set; }
}
