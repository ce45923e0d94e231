namespace Wijkaanpak.Core.Model;

/// <summary>The message of an exception that lists <see cref="ModelProblem"/>s: a count, then one problem per line (at most 20).</summary>
internal static class ProblemListMessage
{
    /// <summary>E.g. <c>'a.json' has 2 problem(s):</c> followed by the problems, indented.</summary>
    /// <param name="subject">What has the problems, e.g. <c>The model</c> or <c>'a.json'</c>.</param>
    /// <param name="problems">The problems.</param>
    internal static string Of(string subject, IReadOnlyList<ModelProblem> problems)
    {
        var lines = problems.Take(20).Select(p => "  " + p);
        var more = problems.Count > 20 ? $"{Environment.NewLine}  ... and {problems.Count - 20} more" : string.Empty;
        return $"{subject} has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
