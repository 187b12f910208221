namespace CustomerValue.Segmentation;

/// <summary>The stages of the customer life cycle (seed 001).</summary>
public enum LifeCycleStage
{
    /// <summary>考察期, exploration: the relationship has just begun.</summary>
    Exploration = 0,

    /// <summary>形成期, formation: the relationship is growing fast.</summary>
    Formation = 1,

    /// <summary>稳定期, stability: the mature, ideal stage.</summary>
    Stability = 2,

    /// <summary>退化期, decline: the relationship is going backwards.</summary>
    Decline = 3,
}
