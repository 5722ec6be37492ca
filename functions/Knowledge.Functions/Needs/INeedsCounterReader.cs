namespace Knowledge.Needs;

/// <summary>Reads counter rows only; needs queries never scan raw answers or notes.</summary>
public interface INeedsCounterReader
{
    Task<NeedsTally> SumAsync(string municipality, NeedsFilter filter, CancellationToken cancellationToken);
}
