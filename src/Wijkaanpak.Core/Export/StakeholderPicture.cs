using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>The stakeholder network as drawn: the picture, and the stakeholders it shows without a label (listed beside it).</summary>
/// <param name="Svg">The picture as inline SVG.</param>
/// <param name="Unlabelled">Stakeholders drawn without a label, because they are beyond the labelled top or no label fitted.</param>
internal sealed record StakeholderPicture(string Svg, IReadOnlyList<Stakeholder> Unlabelled);
