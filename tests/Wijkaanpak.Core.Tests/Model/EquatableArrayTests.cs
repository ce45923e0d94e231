using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Model;

public class EquatableArrayTests
{
    [Fact]
    public void The_default_list_is_empty_and_safe_to_enumerate()
    {
        EquatableArray<int> list = default;

        Assert.True(list.IsEmpty);
        Assert.Empty(list);
        Assert.True(list.AsSpan().IsEmpty);
        Assert.False(list.AsImmutableArray().IsDefault);
    }

    [Fact]
    public void The_default_list_equals_an_explicitly_empty_one()
    {
        EquatableArray<string> empty = [];

        Assert.Equal(default, empty);
        Assert.Equal(default(EquatableArray<string>).GetHashCode(), empty.GetHashCode());
    }

    [Fact]
    public void Lists_with_the_same_elements_in_the_same_order_are_equal()
    {
        Prop.ForAll<int[]>(items =>
        {
            EquatableArray<int> a = [.. items];
            var b = items.ToEquatableArray();
            return a == b && a.GetHashCode() == b.GetHashCode();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Lists_that_differ_in_order_or_content_are_not_equal()
    {
        EquatableArray<int> list = [1, 2, 3];

        Assert.NotEqual(list, [3, 2, 1]);
        Assert.NotEqual(list, [1, 2]);
        Assert.NotEqual(list, list.Add(4));
    }

    [Fact]
    public void Indexing_outside_the_list_throws_an_argument_exception()
    {
        EquatableArray<int> list = [1];

        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void Records_holding_lists_compare_by_content()
    {
        var a = new Opgave { Id = new OpgaveId("o"), Name = "Armoede", Family = OpgaveFamily.MaatschappelijkProbleem, AreaIds = [new AreaId("x")] };
        var b = a with { AreaIds = [new AreaId("x")] };

        Assert.Equal(a, b);
    }
}
