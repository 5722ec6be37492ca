using Knowledge.Audit;

namespace Knowledge.Access;

public interface IRoleBindingStore
{
    Task<RoleBinding?> GetAsync(string user, CancellationToken cancellationToken);

    Task<IReadOnlyList<RoleBinding>> ListAsync(CancellationToken cancellationToken);

    Task PutAsync(RoleBinding binding, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Returns false when there was no binding to remove.</summary>
    Task<bool> DeleteAsync(string user, AuditEntry audit, CancellationToken cancellationToken);
}
