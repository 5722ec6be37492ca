namespace Knowledge.Access;

/// <summary>A role binding row, <c>user-{sign-in name, lower case}</c> in partition <c>bindings</c>; roles space-separated.</summary>
internal sealed class RoleBindingEntity : TableRow
{
    public const string Partition = "bindings";
    public const string RowPrefix = "user-";

    public RoleBindingEntity() => PartitionKey = Partition;

    public string? User { get; set; }

    public string? Roles { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    // Sign-in names are compared case-insensitively, as identity providers treat them.
    public static string RowKeyOf(string user) => RowPrefix + user.Trim().ToLowerInvariant();

    public static RoleBindingEntity Of(RoleBinding binding) =>
        new()
        {
            RowKey = RowKeyOf(binding.User),
            User = binding.User,
            Roles = string.Join(' ', binding.Roles),
            UpdatedAt = binding.UpdatedAt.ToUniversalTime(),
        };

    public RoleBinding ToBinding() =>
        new(User ?? RowKey[RowPrefix.Length..], (Roles ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries), UpdatedAt);
}
