namespace Wijkaanpak.Core.Export;

/// <summary>A composed report: title, language and blocks, ready to render as HTML or Markdown.</summary>
/// <param name="Title">The title.</param>
/// <param name="Subtitle">A line under the title, or null.</param>
/// <param name="LanguageCode">The BCP 47 language code.</param>
/// <param name="Blocks">The content, in order.</param>
internal sealed record ReportDocument(string Title, string? Subtitle, string LanguageCode, IReadOnlyList<ReportBlock> Blocks);
