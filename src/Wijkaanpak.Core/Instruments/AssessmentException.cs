using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// An assessment that cannot be read or scored: unreadable JSON, an unknown checklist or question,
/// a question answered twice. Lists every problem found, each with where it is (a JSON path into
/// the assessment's file form).
/// </summary>
public sealed class AssessmentException : WijkaanpakInputException
{
    private const string Subject = "The assessment";

    /// <summary>Creates the exception for the problems found in <paramref name="source"/>.</summary>
    /// <param name="source">The file name or other origin of the assessment; may be empty.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public AssessmentException(string source, IReadOnlyList<ModelProblem> problems)
        : base(Subject, source, problems)
    {
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
    }
}
