namespace Wijkaanpak.Core.Model;

/// <summary>
/// The one exception the library throws for a model that cannot be built or read: it lists every
/// problem found, each with where it is. Nothing is half built when it is thrown.
/// </summary>
public sealed class WijkaanpakModelException : WijkaanpakInputException
{
    private const string Subject = "The model";

    /// <summary>Creates the exception for the problems found in <paramref name="source"/>.</summary>
    /// <param name="source">The file name or other origin of the model, for messages; may be empty.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public WijkaanpakModelException(string source, IReadOnlyList<ModelProblem> problems)
        : base(Subject, source, problems)
    {
    }

    /// <summary>Creates the exception with no listed problems.</summary>
    public WijkaanpakModelException()
        : this(string.Empty, [])
    {
    }

    /// <summary>Creates the exception with one problem at the root.</summary>
    /// <param name="message">What went wrong.</param>
    public WijkaanpakModelException(string message)
        : this(string.Empty, [new ModelProblem("$", message)])
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public WijkaanpakModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
