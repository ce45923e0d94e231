using System.Xml.Linq;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Samples;

namespace Wijkaanpak.Core.Tests.Export;

public sealed class TheoryOfChangeDiagramTests
{
    /// <summary>
    /// Crossings of the layout before issue 15 (longest-path layers, barycentre sweeps only, one
    /// picture per model), measured on every sample with the layout of that time.
    /// </summary>
    private static readonly Dictionary<string, int> CrossingsBefore = new()
    {
        ["den-haag-zuidwest.json"] = 6,
        ["geitenkamp-arnhem.json"] = 1,
        ["leeuwarden-doen.json"] = 0,
        ["nijmegen-oud-west.json"] = 3,
        ["nplv-armoede-en-schulden.json"] = 0,
        ["nprz-rotterdam-zuid.json"] = 7,
        ["samen-voor-overvecht.json"] = 100,
        ["vitale-wijken-utrecht.json"] = 10,
        ["wij-de-westwijk.json"] = 4,
    };

    private static IReadOnlyList<TheoryOfChangePicture> Pictures(string sample) =>
        TheoryOfChangeDiagram.Draw(ChangeGraphView.Of(ModelJson.ReadFile(SampleFiles.PathOf(sample)).TheoryOfChange), ReportText.For(Wijkaanpak.Core.Localization.Language.Dutch));

    [Theory]
    [MemberData(nameof(SampleFiles.Models), MemberType = typeof(SampleFiles))]
    public void The_pictures_of_a_sample_cross_no_more_edges_than_the_old_layout(string sample)
    {
        var crossings = Pictures(sample).Sum(p => p.Crossings);

        Assert.True(crossings <= CrossingsBefore[sample], $"{sample}: {crossings} crossings, {CrossingsBefore[sample]} before");
    }

    [Theory]
    [MemberData(nameof(SampleFiles.Models), MemberType = typeof(SampleFiles))]
    public void No_picture_is_wider_than_the_page_and_every_node_is_drawn(string sample)
    {
        var view = ChangeGraphView.Of(ModelJson.ReadFile(SampleFiles.PathOf(sample)).TheoryOfChange);
        var pictures = Pictures(sample);

        Assert.All(pictures, p => Assert.True(double.Parse(XElement.Parse(p.Svg).Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) <= TheoryOfChangeDiagram.MaximumWidth));
        Assert.Equal(view.Nodes.Select(n => n.Id).ToHashSet(), pictures.SelectMany(p => p.View.Nodes.Select(n => n.Id)).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(SampleFiles.Models), MemberType = typeof(SampleFiles))]
    public void Labels_up_to_120_characters_are_drawn_in_full_and_every_label_is_whole_in_its_tooltip(string sample)
    {
        foreach (var picture in Pictures(sample))
        {
            foreach (var (node, group) in picture.View.Nodes.Zip(XElement.Parse(picture.Svg).Descendants("g")))
            {
                var drawn = string.Concat(group.Elements("text").Select(t => t.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
                if (node.Label.Length <= 120)
                {
                    Assert.Equal(node.Label.Replace(" ", string.Empty, StringComparison.Ordinal), drawn);
                }

                Assert.Contains(node.Label, group.Element("title")!.Value, StringComparison.Ordinal);
            }
        }
    }
}
