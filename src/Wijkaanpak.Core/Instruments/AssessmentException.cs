using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// An assessment that cannot be read or scored: unreadable JSON, an unknown checklist or question,
/// a question answered twice. Lists every problem found, each with where it is.
/// </summary>
public sealed class AssessmentException : Exception
{
    /// <summary>Creates the exception for the problems found in <paramref name="source"/>.</summary>
    /// <param name="source">The file name or other origin of the assessment; may be empty.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public AssessmentException(string source, IReadOnlyList<ModelProblem> problems)
        : base(Describe(source, problems))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Creates the exception with no listed problems.</summary>
    public AssessmentException()
        : this(string.Empty, [])
    {
    }

    /// <summary>Creates the exception with one problem at the root.</summary>
    /// <param name="message">What went wrong.</param>
    public AssessmentException(string message)
        : this(string.Empty, [new ModelProblem("$", message)])
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AssessmentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = string.Empty;
        Problems = [new ModelProblem("$", message)];
    }

    /// <summary>Every problem found: a JSON path into the assessment's file form, position when known, and message.</summary>
    public IReadOnlyList<ModelProblem> Problems { get; }

    /// <summary>The file name or other origin of the assessment.</summary>
    public override string? Source { get; set; }

    private static string Describe(string source, IReadOnlyList<ModelProblem> problems) =>
        ProblemListMessage.Of(string.IsNullOrEmpty(source) ? "The assessment" : $"'{source}'", problems);
}
