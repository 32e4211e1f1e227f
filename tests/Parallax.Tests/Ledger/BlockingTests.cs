using Parallax.Ledger;

namespace Parallax.Tests.Ledger;

public class BlockingTests
{
    [Fact]
    public void Blocks_hold_ascending_indices_per_key_and_leave_out_items_without_one()
    {
        string?[] keys = ["a", null, "b", "a", "b", "a", null];
        var blocks = Blocking.Blocks(keys.Length, i => keys[i]).ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal([0, 3, 5], blocks[0]);
        Assert.Equal([2, 4], blocks[1]);
    }

    [Fact]
    public void Pairs_are_every_pair_within_each_block_in_order_and_none_across()
    {
        var pairs = Blocking.Pairs([[0, 3, 5], [2, 4], [6]]).ToList();
        Assert.Equal([(0, 3), (0, 5), (3, 5), (2, 4)], pairs);
    }
}
