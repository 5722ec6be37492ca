namespace Knowledge.Shared;

/// <summary>Writes data a feature needs before the first request (shipped survey definitions, catalogue seeds).</summary>
internal interface IStorageSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
