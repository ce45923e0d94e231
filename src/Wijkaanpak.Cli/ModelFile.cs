using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Cli;

/// <summary>A model read from a file, with the file's bytes.</summary>
/// <param name="Model">The model.</param>
/// <param name="Utf8">The file's content, as read.</param>
internal sealed record ModelFile(WijkaanpakModel Model, byte[] Utf8);
