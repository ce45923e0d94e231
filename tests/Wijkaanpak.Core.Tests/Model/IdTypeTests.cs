using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Model;

public sealed class IdTypeTests
{
    [Fact]
    public void Every_id_type_parses_and_formats_its_text()
    {
        RoundTrip<NodeId>();
        RoundTrip<StakeholderId>();
        RoundTrip<AreaId>();
        RoundTrip<BudgetLineId>();
        RoundTrip<DomainId>();
        RoundTrip<FunnelId>();
        RoundTrip<GovernanceBodyId>();
        RoundTrip<IndicatorId>();
        RoundTrip<OpgaveId>();
        RoundTrip<ProgrammeId>();
        RoundTrip<SocialReturnCaseId>();
        RoundTrip<TaxonomyId>();
    }

    [Fact]
    public void Any_non_empty_text_is_an_id_written_back_as_it_is()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonEmptyString>(), text =>
        {
            var s = text.Get;
            var id = NodeId.Parse(s, null);
            Span<char> exact = new char[s.Length];
            Span<char> short1 = new char[s.Length - 1];
            return id.Value == s
                && id.ToString() == s
                && $"{id}" == s
                && id.TryFormat(exact, out var written, default, null) && written == s.Length && exact.SequenceEqual(s)
                && !id.TryFormat(short1, out var none, default, null) && none == 0
                && NodeId.TryParse(s.AsSpan(), null, out var fromSpan) && fromSpan == id
                && id.Equals(new NodeId(new string(s.AsSpan()))) && id.GetHashCode() == new NodeId(new string(s.AsSpan())).GetHashCode();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_empty_text_is_no_id()
    {
        var error = Assert.Throws<FormatException>(() => NodeId.Parse("", null));
        Assert.Contains("NodeId", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => StakeholderId.Parse(ReadOnlySpan<char>.Empty, null));
        Assert.Throws<ArgumentNullException>(() => NodeId.Parse(null!, null));
        Assert.False(NodeId.TryParse((string?)null, null, out var none));
        Assert.Equal(default, none);
        Assert.False(NodeId.TryParse("", null, out _));
    }

    [Fact]
    public void The_default_id_is_no_id_equal_only_to_itself_and_sorted_first()
    {
        NodeId none = default;

        Assert.Null(none.Value);
        Assert.Equal(default(NodeId), none);
        Assert.NotEqual(new NodeId(""), none);
        Assert.True(none.CompareTo(new NodeId("a")) < 0);
        Assert.True(none.CompareTo(new NodeId("")) < 0);
        Assert.Equal(string.Empty, none.ToString());
        Assert.True(none.TryFormat(Span<char>.Empty, out var written, default, null));
        Assert.Equal(0, written);
        Assert.Equal(none.GetHashCode(), default(NodeId).GetHashCode());
    }

    [Fact]
    public void Equality_and_hashing_of_ids_allocate_nothing()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => new NodeId($"g-{i}")).ToArray();
        var vertices = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var probes = ids.Select(id => new NodeId(new string(id.Value.AsSpan()))).ToArray();
        Count(probes, vertices);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = Count(probes, vertices);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(1000, found);
        Assert.Equal(0, allocated);

        static int Count(NodeId[] probes, Dictionary<NodeId, int> vertices)
        {
            var hits = 0;
            foreach (var probe in probes)
            {
                if (vertices.TryGetValue(probe, out var v) && EqualityComparer<NodeId>.Default.Equals(probe, new NodeId(probe.Value)) && v >= 0)
                {
                    hits++;
                }
            }

            return hits;
        }
    }

    private static void RoundTrip<T>()
        where T : ISpanParsable<T>, ISpanFormattable, IEquatable<T>
    {
        var id = T.Parse("wijk-zuid", null);
        Assert.Equal("wijk-zuid", id.ToString());
        Assert.Equal("wijk-zuid", id.ToString("G", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(T.TryParse("wijk-zuid".AsSpan(), null, out var fromSpan));
        Assert.True(id.Equals(fromSpan));
        Span<char> buffer = stackalloc char[16];
        Assert.True(id.TryFormat(buffer, out var written, default, null));
        Assert.Equal("wijk-zuid", buffer[..written].ToString());
        Assert.False(T.TryParse(string.Empty, null, out _));
        Assert.Throws<FormatException>(() => T.Parse(string.Empty, null));
    }
}
