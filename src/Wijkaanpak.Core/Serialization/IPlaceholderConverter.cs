namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// A strict converter that can name a valid stand-in value. When a file has problems, the reader
/// puts stand-ins where values were wrong or missing, so it can still build a provisional model and
/// report the integrity problems (duplicate ids, dangling references) of the rest of the file in
/// the same exception. Problems at or under a replaced value are not reported twice.
/// </summary>
internal interface IPlaceholderConverter
{
    /// <summary>A valid JSON value of the converter's type, as raw JSON text.</summary>
    string Placeholder { get; }

    /// <summary>The JSON Schema of the values the converter accepts, as raw JSON text.</summary>
    string Schema { get; }
}
