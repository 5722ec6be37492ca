namespace Knowledge.Erasures;

/// <summary>What an erasure erased.</summary>
internal sealed record ErasureResultView(Guid ErasureId, int Erased, IReadOnlyList<Guid> Responses, int Revisions, IReadOnlyList<Guid> Notes)
{
    public static ErasureResultView From(ErasureResult r) => new(r.ErasureId, r.Total, r.Responses, r.Revisions, r.Notes);
}
