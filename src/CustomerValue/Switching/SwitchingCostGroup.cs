namespace CustomerValue.Switching;

/// <summary>The three groups of switching costs (Burnham, Frels &amp; Mahajan 2003; seed 002 §3.2.1).</summary>
public enum SwitchingCostGroup
{
    /// <summary>Procedural costs (程序转换成本): economic risk, evaluation, learning and setup — time and effort.</summary>
    Procedural = 0,

    /// <summary>Financial costs (财政转换成本): benefit loss and monetary loss — quantifiable money.</summary>
    Financial = 1,

    /// <summary>Relational costs (情感转换成本): personal and brand relationship loss — emotion, the hardest to copy.</summary>
    Relational = 2,
}
