using System.Text.Encodings.Web;
using System.Text.Json;

namespace Wijkaanpak.Core.Export;

/// <summary>The JSON writer settings every exporter shares: indented, LF line ends, readable non-ASCII text.</summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
