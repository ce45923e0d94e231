namespace Wijkaanpak.Core.Model;

/// <summary>
/// The invariants every model must satisfy before anything computes on it: ids unique per kind
/// (theory-of-change node ids unique across goals, interventions, preconditions and
/// assumptions), every reference resolvable, every number finite and in range, dates in order,
/// the area hierarchy free of cycles. Problems carry a JSON path into the model's file form.
/// </summary>
/// <remarks>
/// The builder and the readers refuse a model with any of these problems; the validation rules
/// report them as diagnostics for models built otherwise. The check never throws.
/// </remarks>
public static class ModelIntegrity
{
    /// <summary>Every integrity problem of <paramref name="model"/>, in a deterministic order (by part of the model, then position).</summary>
    /// <param name="model">The model to check.</param>
    public static IReadOnlyList<ModelProblem> Check(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var nodes = TheoryOfChangeNodes.Of(model.TheoryOfChange);
        return Check(model, nodes);
    }

    /// <summary>Every integrity problem of <paramref name="model"/>, with its theory-of-change nodes already numbered (as a validation run shares them).</summary>
    /// <param name="model">The model to check.</param>
    /// <param name="nodes">The numbered nodes of <paramref name="model"/>'s theory of change.</param>
    internal static IReadOnlyList<ModelProblem> Check(WijkaanpakModel model, TheoryOfChangeNodes nodes)
    {
        var check = new IntegrityChecker(model, nodes);
        check.Run();
        return check.Problems;
    }
}
