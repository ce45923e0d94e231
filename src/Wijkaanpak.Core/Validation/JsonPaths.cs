namespace Wijkaanpak.Core.Validation;

/// <summary>JSON paths into the model's file form (see docs/format.md), for the locations of findings.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    public const string Horizon = "$.horizon";

    public const string Alliantie = "$.alliantie";

    public const string Contract = "$.alliantie.contract";

    public const string ProcessDirection = "$.alliantie.processDirection";

    public const string Bodies = "$.alliantie.bodies";

    public static string Goal(int i) => $"$.theoryOfChange.goals[{i}]";

    public static string Intervention(int i) => $"$.theoryOfChange.interventions[{i}]";

    public static string Precondition(int i) => $"$.theoryOfChange.preconditions[{i}]";

    public static string Assumption(int i) => $"$.theoryOfChange.assumptions[{i}]";

    public static string Edge(int i) => $"$.theoryOfChange.edges[{i}]";

    public static string Indicator(int i) => $"$.indicators[{i}]";

    public static string Target(int indicator, int target) => $"$.indicators[{indicator}].targets[{target}]";

    public static string Opgave(int i) => $"$.opgaven[{i}]";

    public static string Member(int i) => $"$.alliantie.members[{i}]";

    public static string Commitment(int i) => $"$.alliantie.commitments[{i}]";

    public static string Programme(int i) => $"$.programmes[{i}]";

    public static string BudgetLine(int programme, int line) => $"$.programmes[{programme}].budgetLines[{line}]";
}
