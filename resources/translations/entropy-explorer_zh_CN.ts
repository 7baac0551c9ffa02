<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analysis</name>
    <message>
        <source>Infinite: Q gives probability 0 to %1, which P says can happen.</source>
        <translation>无穷大：Q 给 %1 的概率为 0，而 P 认为它会发生。</translation>
    </message>
    <message>
        <source>Infinite: P gives probability 0 to %1, which Q says can happen.</source>
        <translation>无穷大：P 给 %1 的概率为 0，而 Q 认为它会发生。</translation>
    </message>
</context>
<context>
    <name>BinaryChart</name>
    <message>
        <source>Two events: P = (p, 1−p) against Q = (x, 1−x)</source>
        <translation>两个事件：P = (p, 1−p) 对比 Q = (x, 1−x)</translation>
    </message>
    <message>
        <source>x, the model&apos;s probability of %1</source>
        <translation>x：模型给出 %1 的概率</translation>
    </message>
    <message>
        <source>H(x), binary entropy</source>
        <translation>H(x)，二元熵</translation>
    </message>
    <message>
        <source>D(P‖Q_x)</source>
        <translation>D(P‖Q_x)</translation>
    </message>
    <message>
        <source>D(Q_x‖P)</source>
        <translation>D(Q_x‖P)</translation>
    </message>
    <message>
        <source>H(P,Q_x), binary cross-entropy</source>
        <translation>H(P,Q_x)，二分类交叉熵</translation>
    </message>
    <message>
        <source>today: q = %1</source>
        <translation>当前：q = %1</translation>
    </message>
    <message>
        <source>%1 against the rest: P = (p, 1−p) against Q = (x, 1−x)</source>
        <translation>%1 对其余事件：P = (p, 1−p) 对 Q = (x, 1−x)</translation>
    </message>
</context>
<context>
    <name>BinaryView</name>
    <message>
        <source>Binary cross-entropy: −[p %1 q + (1−p) %1(1−q)] = −[%2 %1 %3 + %4 %1 %5] = %6</source>
        <translation>二分类交叉熵：−[p %1 q + (1−p) %1(1−q)] = −[%2 %1 %3 + %4 %1 %5] = %6</translation>
    </message>
    <message>
        <source>Event against the rest:</source>
        <translation>与其余事件对比的事件：</translation>
    </message>
    <message>
        <source>Event set against the rest</source>
        <translation>与其余事件对比的事件</translation>
    </message>
    <message>
        <source>%1 against the rest: p = p(%1), q = q(%1).</source>
        <translation>%1 对其余事件：p = p(%1)，q = q(%1)。</translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>ClassifierPanel</name>
    <message>
        <source>Label smoothing epsilon</source>
        <translation>标签平滑 ε</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>True class:</source>
        <translation>真实类别：</translation>
    </message>
    <message>
        <source>Label smoothing ε:</source>
        <translation>标签平滑 ε：</translation>
    </message>
    <message>
        <source>Temperature T:</source>
        <translation>温度 T：</translation>
    </message>
    <message>
        <source>Logits z (Q = softmax(z / T))</source>
        <translation>logits z（Q = Softmax(z / T)）</translation>
    </message>
    <message>
        <source>P is the true label, Q the model&apos;s softmax output. The cross-entropy H(P,Q) is the classification loss.</source>
        <translation>P 是真实标签，Q 是模型的 Softmax 输出。交叉熵 H(P,Q) 就是分类的损失函数。</translation>
    </message>
    <message>
        <source>Loss H(P,Q) = −log q(%1) = −log %2 = %3</source>
        <translation>损失 H(P,Q) = −log q(%1) = −log %2 = %3</translation>
    </message>
    <message>
        <source>Loss H(P,Q) = %1 (with smoothing ε = %2 the truth is no longer one-hot)</source>
        <translation>损失 H(P,Q) = %1（标签平滑 ε = %2 时，真实分布不再是独热的）</translation>
    </message>
    <message>
        <source>Enter Classifier Mode</source>
        <translation>进入分类器模式</translation>
    </message>
    <message>
        <source>Leave Classifier Mode</source>
        <translation>退出分类器模式</translation>
    </message>
    <message>
        <source>Classifier mode is off: P and Q are edited directly.</source>
        <translation>分类器模式已关闭：直接编辑 P 和 Q。</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
</context>
<context>
    <name>CodeAreaDiagram</name>
    <message>
        <source>Code lengths as areas</source>
        <translation>以面积表示码长</translation>
    </message>
    <message>
        <source>Expected length = area: P&apos;s code (filled) and Q&apos;s code (outline)</source>
        <translation>平均码长 = 面积：P 的编码（填充）与 Q 的编码（轮廓）</translation>
    </message>
    <message>
        <source>events, each as wide as its probability under P</source>
        <translation>事件，宽度等于它在 P 下的概率</translation>
    </message>
    <message>
        <source>codeword length (bits)</source>
        <translation>码长（比特）</translation>
    </message>
</context>
<context>
    <name>CodeTableModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>−log₂ p</source>
        <translation>−log₂ p</translation>
    </message>
    <message>
        <source>−log₂ q</source>
        <translation>−log₂ q</translation>
    </message>
    <message>
        <source>Code of P</source>
        <translation>P 的码字</translation>
    </message>
    <message>
        <source>Code of Q</source>
        <translation>Q 的码字</translation>
    </message>
    <message>
        <source>Length (P)</source>
        <translation>码长（P）</translation>
    </message>
    <message>
        <source>Length (Q)</source>
        <translation>码长（Q）</translation>
    </message>
</context>
<context>
    <name>CodesView</name>
    <message>
        <source>Codewords of every event</source>
        <translation>每个事件的码字</translation>
    </message>
    <message>
        <source>Codes are binary, so lengths are in bits: H(P) = %1 is %2.</source>
        <translation>编码是二进制的，所以码长以比特计：H(P) = %1，即 %2。</translation>
    </message>
    <message>
        <source>Q gives %1 no codeword: a message P sends cannot be encoded, so the cost is ∞.</source>
        <translation>Q 没有给 %1 分配码字：P 发出的消息无法编码，所以代价为 ∞。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codes built for P:&lt;/b&gt; H(P) = %1 ≤ L(P; Huffman code of P) = %2 ≤ L(P; Shannon code of P) = %3 &amp;lt; H(P) + 1&lt;br&gt;&lt;b&gt;Codes built for Q, used on P:&lt;/b&gt; H(P,Q) = %4 ≤ L(P; Shannon code of Q) = %5 &amp;lt; H(P,Q) + 1; Huffman code of Q: L = %6&lt;br&gt;The wrong code costs %7 more per symbol than P&apos;s own; D(P‖Q) = %8.</source>
        <translation>&lt;b&gt;为 P 设计的编码：&lt;/b&gt;H(P) = %1 ≤ L(P; P 的哈夫曼编码) = %2 ≤ L(P; P 的香农编码) = %3 &amp;lt; H(P) + 1&lt;br&gt;&lt;b&gt;为 Q 设计、用在 P 上的编码：&lt;/b&gt;H(P,Q) = %4 ≤ L(P; Q 的香农编码) = %5 &amp;lt; H(P,Q) + 1；Q 的哈夫曼编码：L = %6&lt;br&gt;用错的编码每个符号比 P 自己的编码多花 %7；D(P‖Q) = %8。</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>And %1 more events.</source>
        <translation>以及另外 %1 个事件。</translation>
    </message>
    <message>
        <source>D(P‖Q) is infinite because Q gives %1 probability 0.</source>
        <translation>D(P‖Q) 为无穷大，因为 Q 给 %1 的概率为 0。</translation>
    </message>
    <message>
        <source>D(Q‖P) is infinite because P gives %1 probability 0.</source>
        <translation>D(Q‖P) 为无穷大，因为 P 给 %1 的概率为 0。</translation>
    </message>
    <message numerus="yes">
        <source>Distributions P and Q, %n events.</source>
        <translation>
            <numerusform>概率分布 P 与 Q，共 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>P %1, Q %2</source>
        <translation>P %1，Q %2</translation>
    </message>
    <message>
        <source>Information content per event, in %1.</source>
        <translation>每个事件的信息量，单位为%1。</translation>
    </message>
    <message>
        <source>−log p %1, −log q %2</source>
        <translation>−log p %1，−log q %2</translation>
    </message>
    <message>
        <source>KL divergence D(P‖Q) = %1 and D(Q‖P) = %2.</source>
        <translation>KL散度 D(P‖Q) = %1，D(Q‖P) = %2。</translation>
    </message>
    <message>
        <source>Terms per event:</source>
        <translation>每个事件的项：</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>Cross-entropy H(P,Q) = %1 is entropy H(P) = %2 plus D(P‖Q) = %3. H(Q,P) = %4 is H(Q) = %5 plus D(Q‖P) = %6. Jensen-Shannon JS = %7.</source>
        <translation>交叉熵 H(P,Q) = %1，等于熵 H(P) = %2 加上 D(P‖Q) = %3。H(Q,P) = %4，等于 H(Q) = %5 加上 D(Q‖P) = %6。JS散度 JS = %7。</translation>
    </message>
    <message>
        <source>P&apos;s own Huffman code costs %1 per symbol; the code built for Q costs %2 on P.</source>
        <translation>P 自己的哈夫曼编码每个符号花费 %1；为 Q 构建的编码用在 P 上花费 %2。</translation>
    </message>
    <message>
        <source>Fits are computed for up to %1 events.</source>
        <translation>拟合最多计算 %1 个事件。</translation>
    </message>
    <message>
        <source>infinite for every bump, because P has a zero</source>
        <translation>对每个单峰都为无穷大，因为 P 含有 0</translation>
    </message>
    <message>
        <source>Forward fit, minimising D(P‖Q): %1. Reverse fit, minimising D(Q‖P): %2.</source>
        <translation>前向KL拟合（最小化 D(P‖Q)）：%1。反向KL拟合（最小化 D(Q‖P)）：%2。</translation>
    </message>
    <message>
        <source>The probability simplex of three events. P is at %1, Q at %2.</source>
        <translation>三个事件的概率单纯形。P 位于 %1，Q 位于 %2。</translation>
    </message>
    <message>
        <source>At order %1: Rényi D(P‖Q) = %2, D(Q‖P) = %3, H(P) = %4, H(Q) = %5.</source>
        <translation>阶数 %1 时：Rényi D(P‖Q) = %2，D(Q‖P) = %3，H(P) = %4，H(Q) = %5。</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>P (the truth)</source>
        <translation>P（真实分布）</translation>
    </message>
    <message>
        <source>Q (the model)</source>
        <translation>Q（预测分布）</translation>
    </message>
    <message>
        <source>Distributions P and Q</source>
        <translation>概率分布 P 与 Q</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>%1(%2) = %3</source>
        <translation>%1(%2) = %3</translation>
    </message>
    <message>
        <source>Exact Value</source>
        <translation>精确值</translation>
    </message>
    <message>
        <source>%1 of event %2:</source>
        <translation>事件 %2 的 %1：</translation>
    </message>
    <message>
        <source>Up and Down change it.</source>
        <translation>用上下方向键修改。</translation>
    </message>
</context>
<context>
    <name>DivergenceChart</name>
    <message>
        <source>D(P‖Q) = %1</source>
        <translation>D(P‖Q) = %1</translation>
    </message>
    <message>
        <source>D(Q‖P) = %1</source>
        <translation>D(Q‖P) = %1</translation>
    </message>
    <message>
        <source>KL divergence terms per event</source>
        <translation>每个事件的KL散度项</translation>
    </message>
    <message>
        <source>term per event (%1)</source>
        <translation>每个事件的项（%1）</translation>
    </message>
    <message>
        <source>p log(p/q) at %1 = %2</source>
        <translation>事件 %1 的 p log(p/q) = %2</translation>
    </message>
    <message>
        <source>q log(q/p) at %1 = %2</source>
        <translation>事件 %1 的 q log(q/p) = %2</translation>
    </message>
    <message>
        <source>Negative: this event is less likely under the first distribution. The sum over all events is never negative.</source>
        <translation>为负：该事件在第一个分布下概率更小。对所有事件求和的结果永远不会为负（非负性）。</translation>
    </message>
    <message>
        <source>p &gt; 0 where q = 0: Q calls impossible what P says happens. Edit ▸ Smooth Q makes it finite.</source>
        <translation>p &gt; 0 而 q = 0：P 认为会发生的事，Q 认为不可能。“编辑 ▸ 平滑 Q”可使其变为有限值。</translation>
    </message>
    <message>
        <source>q &gt; 0 where p = 0: P calls impossible what Q says happens. Edit ▸ Smooth P makes it finite.</source>
        <translation>q &gt; 0 而 p = 0：Q 认为会发生的事，P 认为不可能。“编辑 ▸ 平滑 P”可使其变为有限值。</translation>
    </message>
    <message>
        <source>p log(p/q), D(P‖Q)&apos;s terms</source>
        <translation>p log(p/q)，D(P‖Q) 的各项</translation>
    </message>
    <message>
        <source>q log(q/p), D(Q‖P)&apos;s terms</source>
        <translation>q log(q/p)，D(Q‖P) 的各项</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Set %1 of event %2 to %3</source>
        <translation>将事件 %2 的 %1 设为 %3</translation>
    </message>
    <message>
        <source>Rename event %1 to %2</source>
        <translation>将事件 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Lock %1 of event %2</source>
        <translation>锁定事件 %2 的 %1</translation>
    </message>
    <message>
        <source>Unlock %1 of event %2</source>
        <translation>解锁事件 %2 的 %1</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>添加一个事件</translation>
    </message>
    <message>
        <source>Remove event %1</source>
        <translation>删除事件 %1</translation>
    </message>
    <message>
        <source>Copy P to Q</source>
        <translation>将 P 复制到 Q</translation>
    </message>
    <message>
        <source>Copy Q to P</source>
        <translation>将 Q 复制到 P</translation>
    </message>
    <message>
        <source>Swap P and Q</source>
        <translation>交换 P 与 Q</translation>
    </message>
    <message>
        <source>Show values in %1</source>
        <translation>以%1显示数值</translation>
    </message>
    <message>
        <source>Edit probabilities (others rescale)</source>
        <translation>编辑概率（其他事件按比例缩放）</translation>
    </message>
    <message>
        <source>Edit raw weights</source>
        <translation>编辑原始权重</translation>
    </message>
    <message>
        <source>Smooth %1 (add %2 to every weight)</source>
        <translation>平滑 %1（每个权重加 %2）</translation>
    </message>
    <message>
        <source>Move to t = %1 on the path</source>
        <translation>移动到路径上的 t = %1</translation>
    </message>
    <message>
        <source>Two events: %1 against the rest</source>
        <translation>两个事件：%1 对其余事件</translation>
    </message>
    <message>
        <source>Make P one-hot on the most likely event of P, and set logits to log Q</source>
        <translation>把 P 设为 P 中概率最大事件的独热分布，并把 logits 设为 log Q</translation>
    </message>
    <message>
        <source>Leave classifier mode</source>
        <translation>退出分类器模式</translation>
    </message>
    <message>
        <source>Classifier: true class %1</source>
        <translation>分类器：真实类别 %1</translation>
    </message>
    <message>
        <source>Classifier: label smoothing %1</source>
        <translation>分类器：标签平滑 %1</translation>
    </message>
    <message>
        <source>Classifier: temperature %1</source>
        <translation>分类器：温度 %1</translation>
    </message>
    <message>
        <source>Classifier: logit of %1 to %2</source>
        <translation>分类器：%1 的 logit 设为 %2</translation>
    </message>
    <message>
        <source>Samples: n = %1 from %2, seed %3</source>
        <translation>抽样：从 %2 抽 n = %1 次，种子 %3</translation>
    </message>
    <message>
        <source>Change the simplex&apos;s contours</source>
        <translation>更改单纯形的等高线</translation>
    </message>
    <message>
        <source>Set Rényi&apos;s order to %1</source>
        <translation>将 Rényi 阶数设为 %1</translation>
    </message>
    <message>
        <source>Move %1 in the simplex</source>
        <translation>在单纯形中移动 %1</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>P, the truth</source>
        <translation>P，真实分布</translation>
    </message>
    <message>
        <source>Q, the model</source>
        <translation>Q，预测分布</translation>
    </message>
</context>
<context>
    <name>EventRowEditor</name>
    <message>
        <source>Label of event %1</source>
        <translation>事件 %1 的标签</translation>
    </message>
    <message>
        <source>Remove event %1</source>
        <translation>删除事件 %1</translation>
    </message>
    <message>
        <source>%1 of event %2</source>
        <translation>事件 %2 的 %1</translation>
    </message>
    <message>
        <source>Exact %1 of event %2</source>
        <translation>事件 %2 的 %1 精确值</translation>
    </message>
    <message>
        <source>Lock %1 of event %2</source>
        <translation>锁定事件 %2 的 %1</translation>
    </message>
    <message>
        <source>Lock %1 of event %2: other edits of %1 leave it as it is</source>
        <translation>锁定事件 %2 的 %1：编辑 %1 的其他事件时它保持不变</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>P, the truth</source>
        <translation>P，真实分布</translation>
    </message>
    <message>
        <source>Q, the model</source>
        <translation>Q，预测分布</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Add the table of numbers</source>
        <translation>附上数值表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>CSV table of the events</source>
        <translation>事件的 CSV 表格</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Pixels per unit: 2 gives a sharp image on HiDPI screens and slides</source>
        <translation>每单位的像素数：2 可在高分辨率屏幕和幻灯片上得到清晰的图像</translation>
    </message>
    <message>
        <source>Optional title above the charts</source>
        <translation>图表上方的标题（可选）</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Scale (PNG):</source>
        <translation>缩放（PNG）：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>ExportNames</name>
    <message>
        <source>Distributions P and Q</source>
        <translation>概率分布 P 与 Q</translation>
    </message>
    <message>
        <source>Information content per event</source>
        <translation>每个事件的信息量</translation>
    </message>
    <message>
        <source>KL divergence terms per event</source>
        <translation>每个事件的KL散度项</translation>
    </message>
    <message>
        <source>Cross-entropy = entropy + KL divergence</source>
        <translation>交叉熵 = 熵 + KL散度</translation>
    </message>
    <message>
        <source>All four charts (dashboard)</source>
        <translation>全部四个图表（总览）</translation>
    </message>
    <message>
        <source>Codes: expected lengths as areas</source>
        <translation>编码：以面积表示平均码长</translation>
    </message>
    <message>
        <source>Samples: running means and evidence</source>
        <translation>抽样：累计平均与证据</translation>
    </message>
    <message>
        <source>Fit: one bump fitted to P both ways, with the landscapes</source>
        <translation>拟合：用一个单峰从两个方向拟合 P，附目标函数地形图</translation>
    </message>
    <message>
        <source>The simplex with P, Q and contours</source>
        <translation>带 P、Q 和等高线的概率单纯形</translation>
    </message>
    <message>
        <source>Rényi divergences against the order α</source>
        <translation>Rényi散度随阶数 α 的变化</translation>
    </message>
</context>
<context>
    <name>ExportRenderer</name>
    <message>
        <source>%1: unknown file type (use .png, .svg, .pdf or .csv)</source>
        <translation>%1：未知的文件类型（请使用 .png、.svg、.pdf 或 .csv）</translation>
    </message>
    <message>
        <source>H(P) = %1 ≤ L(P; code of P) = %2;   H(P,Q) = %3 ≤ L(P; Shannon code of Q) = %4;   L(P; Huffman code of Q) = %5</source>
        <translation>H(P) = %1 ≤ L(P; P 的编码) = %2；  H(P,Q) = %3 ≤ L(P; Q 的香农编码) = %4；  L(P; Q 的哈夫曼编码) = %5</translation>
    </message>
    <message>
        <source>Solid: the mixture path (1−t)P + tQ.   Dashed: the geometric path ∝ P^(1−t) Q^t.   Hatched or marked ∞: infinite.</source>
        <translation>实线：混合路径 (1−t)P + tQ。   虚线：几何路径 ∝ P^(1−t) Q^t。   斜线填充或标有 ∞：无穷大。</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>Distribution Families</source>
        <translation>分布族</translation>
    </message>
    <message>
        <source>Events N:</source>
        <translation>事件数 N：</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>One-hot (with label smoothing)</source>
        <translation>独热（可加标签平滑）</translation>
    </message>
    <message>
        <source>Geometric(p), truncated</source>
        <translation>几何分布 (p)，截断</translation>
    </message>
    <message>
        <source>Poisson(λ), truncated</source>
        <translation>泊松分布 (λ)，截断</translation>
    </message>
    <message>
        <source>Zipf(s)</source>
        <translation>齐普夫分布 (s)</translation>
    </message>
    <message>
        <source>P, the truth</source>
        <translation>P，真实分布</translation>
    </message>
    <message>
        <source>Q, the model</source>
        <translation>Q，预测分布</translation>
    </message>
    <message>
        <source>Label smoothing ε:</source>
        <translation>标签平滑 ε：</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>分布族：</translation>
    </message>
    <message>
        <source>True event k:</source>
        <translation>真实事件 k：</translation>
    </message>
    <message>
        <source>Probability p:</source>
        <translation>概率 p：</translation>
    </message>
    <message>
        <source>Mean λ:</source>
        <translation>均值 λ：</translation>
    </message>
    <message>
        <source>Exponent s:</source>
        <translation>指数 s：</translation>
    </message>
    <message>
        <source>Binomial(N−1, p)</source>
        <translation>二项分布 (N−1, p)</translation>
    </message>
</context>
<context>
    <name>FitPlot</name>
    <message>
        <source>P with the forward and reverse fits</source>
        <translation>P 及其前向与反向拟合</translation>
    </message>
    <message>
        <source>Drag a bar to change P</source>
        <translation>拖动柱条以修改 P</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>forward fit, argmin D(P‖Q)</source>
        <translation>前向KL拟合，argmin D(P‖Q)</translation>
    </message>
    <message>
        <source>reverse fit, argmin D(Q‖P)</source>
        <translation>反向KL拟合，argmin D(Q‖P)</translation>
    </message>
    <message>
        <source>other local minima of D(Q‖P)</source>
        <translation>D(Q‖P) 的其他局部极小值</translation>
    </message>
    <message>
        <source>Selected: P(%1) = %2. Up and Down change it.</source>
        <translation>已选中：P(%1) = %2。用上下方向键修改。</translation>
    </message>
</context>
<context>
    <name>FitView</name>
    <message>
        <source>Use Forward Fit as Q</source>
        <translation>用前向拟合作为 Q</translation>
    </message>
    <message>
        <source>Use Reverse Fit as Q</source>
        <translation>用反向拟合作为 Q</translation>
    </message>
    <message>
        <source>The two fits</source>
        <translation>两种拟合</translation>
    </message>
    <message>
        <source>Set Q to the bump that minimises D(P‖Q)</source>
        <translation>将 Q 设为使 D(P‖Q) 最小的单峰</translation>
    </message>
    <message>
        <source>Set Q to the bump that minimises D(Q‖P)</source>
        <translation>将 Q 设为使 D(Q‖P) 最小的单峰</translation>
    </message>
    <message>
        <source>Fits are computed for up to %1 events; this document has %2.</source>
        <translation>拟合最多计算 %1 个事件；当前文档有 %2 个。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forward fit&lt;/b&gt;, argmin D(P‖Q): %1. It must cover every event P draws: mode-covering.</source>
        <translation>&lt;b&gt;前向KL拟合&lt;/b&gt;，argmin D(P‖Q)：%1。它必须覆盖 P 可能出现的每个事件：覆盖众数。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reverse fit&lt;/b&gt;, argmin D(Q‖P): ∞ for every bump, because P is 0 at some event and a bump never is. &lt;a href=&quot;smooth-P&quot;&gt;Smooth P…&lt;/a&gt;</source>
        <translation>&lt;b&gt;反向KL拟合&lt;/b&gt;，argmin D(Q‖P)：对每个单峰都是 ∞，因为 P 在某个事件上为 0，而单峰处处不为 0。&lt;a href=&quot;smooth-P&quot;&gt;平滑 P…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reverse fit&lt;/b&gt;, argmin D(Q‖P): %1. It avoids events P rules out: mode-seeking.</source>
        <translation>&lt;b&gt;反向KL拟合&lt;/b&gt;，argmin D(Q‖P)：%1。它避开 P 排除的事件：寻找众数。</translation>
    </message>
    <message>
        <source>Other local minima, dashed: %1.</source>
        <translation>其他局部极小值（虚线）：%1 个。</translation>
    </message>
    <message>
        <source>Use the forward fit as Q</source>
        <translation>用前向拟合作为 Q</translation>
    </message>
    <message>
        <source>Use the reverse fit as Q</source>
        <translation>用反向拟合作为 Q</translation>
    </message>
    <message>
        <source>Move P&apos;s humps apart:</source>
        <translation>拉开 P 的两个峰：</translation>
    </message>
    <message>
        <source>Distance between P&apos;s two humps, in events</source>
        <translation>P 的两个峰之间的距离（以事件计）</translation>
    </message>
    <message>
        <source>Makes P two humps this many events apart (width σ = %1), so you can watch the fits as they separate</source>
        <translation>把 P 设为相距这么多个事件的两个峰（宽度 σ = %1），以便观察两种拟合如何随之分开</translation>
    </message>
    <message>
        <source>Make P two humps %1 events apart</source>
        <translation>把 P 设为相距 %1 个事件的两个峰</translation>
    </message>
</context>
<context>
    <name>FormulasPanel</name>
    <message>
        <source>Copy as LaTeX</source>
        <translation>复制为 LaTeX</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
</context>
<context>
    <name>GroupedBarChart</name>
    <message>
        <source>%1 (probability 0)</source>
        <translation>%1（概率为 0）</translation>
    </message>
    <message>
        <source>%1 at %2 events</source>
        <translation>%1：%2 个事件</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>已选中：%1。</translation>
    </message>
</context>
<context>
    <name>IdentityMeters</name>
    <message>
        <source>Gibbs&apos; inequality: a KL divergence is never negative, and 0 only when P = Q.</source>
        <translation>吉布斯不等式：KL散度永远非负，且仅当 P = Q 时为 0。</translation>
    </message>
    <message>
        <source>Cross-entropy is entropy plus KL divergence. The residual shows the rounding of floating-point arithmetic.</source>
        <translation>交叉熵等于熵加KL散度。残差反映浮点运算的舍入误差。</translation>
    </message>
    <message>
        <source>Pinsker&apos;s inequality: the total variation distance is at most √(D/2), with D in nats.</source>
        <translation>Pinsker 不等式：总变差距离不超过 √(D/2)，其中 D 以奈特为单位。</translation>
    </message>
    <message>
        <source>%1 Gibbs: D(P‖Q) = %2 ≥ 0 and D(Q‖P) = %3 ≥ 0</source>
        <translation>%1 吉布斯：D(P‖Q) = %2 ≥ 0，D(Q‖P) = %3 ≥ 0</translation>
    </message>
    <message>
        <source>undefined (∞ − ∞)</source>
        <translation>无定义（∞ − ∞）</translation>
    </message>
    <message>
        <source>%1 H(P,Q) − H(P) − D(P‖Q) = %2</source>
        <translation>%1 H(P,Q) − H(P) − D(P‖Q) = %2</translation>
    </message>
    <message>
        <source>%1 Pinsker: TV = %2 ≤ √(D(P‖Q)/2) = %3 (D in nats)</source>
        <translation>%1 Pinsker：TV = %2 ≤ √(D(P‖Q)/2) = %3（D 以奈特为单位）</translation>
    </message>
</context>
<context>
    <name>LandscapeHeatmap</name>
    <message>
        <source>Map of D(P‖Q) over the bump&apos;s mean and width</source>
        <translation>D(P‖Q) 随单峰均值与宽度变化的地形图</translation>
    </message>
    <message>
        <source>Map of D(Q‖P) over the bump&apos;s mean and width</source>
        <translation>D(Q‖P) 随单峰均值与宽度变化的地形图</translation>
    </message>
    <message>
        <source>Press or drag to set Q to the bump at that mean and width</source>
        <translation>点击或拖动，将 Q 设为该均值与宽度的单峰</translation>
    </message>
    <message>
        <source>D(P‖Q) for each bump Q (forward)</source>
        <translation>每个单峰 Q 的 D(P‖Q)（前向）</translation>
    </message>
    <message>
        <source>D(Q‖P) for each bump Q (reverse)</source>
        <translation>每个单峰 Q 的 D(Q‖P)（反向）</translation>
    </message>
    <message>
        <source>∞ for every bump: P is 0 at some event, where a bump never is. Smooth P to fit.</source>
        <translation>对每个单峰都是 ∞：P 在某个事件上为 0，而单峰处处不为 0。请先平滑 P 再拟合。</translation>
    </message>
    <message>
        <source>mean μ of the bump</source>
        <translation>单峰的均值 μ</translation>
    </message>
    <message>
        <source>width σ</source>
        <translation>宽度 σ</translation>
    </message>
    <message>
        <source>Set Q to the bump μ = %1, σ = %2</source>
        <translation>将 Q 设为单峰 μ = %1，σ = %2</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Predict first.
Answer the question in the lesson panel, or press Reveal.</source>
        <translation>先预测。
在课程面板中回答问题，或按“揭晓答案”。</translation>
    </message>
    <message>
        <source>&amp;New Lesson</source>
        <translation>新建课程(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add Current State as Step</source>
        <translation>将当前状态添加为步骤(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>&amp;Edit Lesson</source>
        <translation>编辑课程(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restart Step</source>
        <translation>重新开始本步骤(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Lesson</source>
        <translation>保存课程(&amp;S)</translation>
    </message>
    <message>
        <source>Save Lesson &amp;As…</source>
        <translation>课程另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Lesson &amp;Handout (PDF)…</source>
        <translation>导出课程讲义 (PDF)(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>Lesson (edited)</source>
        <translation>课程（已修改）</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Lesson: %1. Page Down for the next step.</source>
        <translation>课程：%1。按 Page Down 进入下一步。</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新课程</translation>
    </message>
    <message>
        <source>Cannot save lesson</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Add a step first (Lesson ▸ Add Current State as Step).</source>
        <translation>请先添加一个步骤（课程 ▸ 将当前状态添加为步骤）。</translation>
    </message>
    <message>
        <source>Entropy Explorer lessons (*.json)</source>
        <translation>Entropy Explorer 课程 (*.json)</translation>
    </message>
    <message>
        <source>Export Lesson Handout</source>
        <translation>导出课程讲义</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Unsaved lesson</source>
        <translation>课程未保存</translation>
    </message>
    <message>
        <source>The lesson has changes that are not saved. Save them?</source>
        <translation>课程有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Back to the session as it was.</source>
        <translation>已回到原来的会话。</translation>
    </message>
    <message>
        <source>Re&amp;veal the Answer</source>
        <translation>揭晓答案(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Step &amp;Question and Task…</source>
        <translation>步骤的问题与任务(&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Restart Step</source>
        <translation>重新开始本步骤</translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>Lesson steps</source>
        <translation>课程步骤</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>步骤标题</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>步骤文字</translation>
    </message>
    <message>
        <source>The previous step (Page Up)</source>
        <translation>上一步 (Page Up)</translation>
    </message>
    <message>
        <source>The next step (Page Down)</source>
        <translation>下一步 (Page Down)</translation>
    </message>
    <message>
        <source>Put this step&apos;s state back, undoing the edits made in it</source>
        <translation>恢复本步骤的状态，撤销在其中所做的修改</translation>
    </message>
    <message>
        <source>Leave the lesson and return to the session as it was</source>
        <translation>离开课程，回到原来的会话</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Add the window as it is now as a step after this one</source>
        <translation>把窗口的当前状态添加为本步骤之后的一步</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this step</source>
        <translation>删除本步骤</translation>
    </message>
    <message>
        <source>Move this step up</source>
        <translation>上移本步骤</translation>
    </message>
    <message>
        <source>Move this step down</source>
        <translation>下移本步骤</translation>
    </message>
    <message>
        <source>What should the class look at? (Ctrl+B bold, Ctrl+I italic)</source>
        <translation>学生应该看什么？（Ctrl+B 粗体，Ctrl+I 斜体）</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>还没有步骤</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>任务完成</translation>
    </message>
    <message>
        <source>Question and Task…</source>
        <translation>问题与任务…</translation>
    </message>
    <message>
        <source>What this step asks of the class</source>
        <translation>本步骤要求学生做什么</translation>
    </message>
</context>
<context>
    <name>LogitEditor</name>
    <message>
        <source>Logits of every event</source>
        <translation>每个事件的 logit</translation>
    </message>
    <message>
        <source>Logit of event %1</source>
        <translation>事件 %1 的 logit</translation>
    </message>
</context>
<context>
    <name>LogitTableModel</name>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Logit z</source>
        <translation>Logit z</translation>
    </message>
    <message>
        <source>q = softmax(z/T)</source>
        <translation>q = softmax(z/T)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drag a slider: every chart and number follows.</source>
        <translation>拖动滑块：所有图表和数值都会随之变化。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Classifier (logits)</source>
        <translation>分类器（logits）</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>各项指标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Worked Formulas</source>
        <translation>公式演算</translation>
    </message>
    <message>
        <source>Path from P to Q</source>
        <translation>从 P 到 Q 的路径</translation>
    </message>
    <message>
        <source>Two Events</source>
        <translation>两个事件</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1[*] — Entropy Explorer</source>
        <translation>%1[*] — 熵探索器</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>约定</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;P is the truth, Q the model.&lt;/b&gt; H(P,Q) = −Σ p log q is the cross-entropy of Q under P, and D(P‖Q) = Σ p log(p/q). Some texts swap the arguments.&lt;/p&gt;&lt;p&gt;&lt;b&gt;0 log 0 = 0:&lt;/b&gt; an event with p = 0 adds nothing to H(P), H(P,Q) or D(P‖Q), whatever q is.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Infinity:&lt;/b&gt; if p &amp;gt; 0 where q = 0, H(P,Q) and D(P‖Q) are infinite: Q calls impossible something P says can happen. The surprisal −log p of an event with p = 0 is infinite too. Charts draw such bars to the top of the axis, marked ∞.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Units:&lt;/b&gt; bits (log base 2), nats (base e), hartleys (base 10).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;P 是真实分布，Q 是预测分布。&lt;/b&gt;H(P,Q) = −Σ p log q 是在 P 下衡量 Q 的交叉熵，D(P‖Q) = Σ p log(p/q)。有些教材把两个参数的顺序反过来写。&lt;/p&gt;&lt;p&gt;&lt;b&gt;0 log 0 = 0：&lt;/b&gt;p = 0 的事件对 H(P)、H(P,Q) 和 D(P‖Q) 没有贡献，无论 q 是多少。&lt;/p&gt;&lt;p&gt;&lt;b&gt;无穷大：&lt;/b&gt;若某事件 p &amp;gt; 0 而 q = 0，则 H(P,Q) 与 D(P‖Q) 为无穷大：P 认为会发生的事，Q 认为不可能。概率为 0 的事件的自信息 −log p 也是无穷大。图表把这样的柱画到坐标轴顶端，并标上 ∞。&lt;/p&gt;&lt;p&gt;&lt;b&gt;单位：&lt;/b&gt;比特（以 2 为底）、奈特（以 e 为底）、哈特莱（以 10 为底）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Entropy Explorer</source>
        <translation>关于熵探索器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entropy Explorer %1&lt;/h3&gt;&lt;p&gt;See entropy, cross-entropy and KL divergence between two distributions, and why D(P‖Q) ≠ D(Q‖P).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;熵探索器 %1&lt;/h3&gt;&lt;p&gt;直观地观察两个概率分布之间的熵、交叉熵和KL散度，看清为什么 D(P‖Q) ≠ D(Q‖P)（非对称性）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>导出数值</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard as an image</source>
        <translation>已将图表作为图像复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Export This Chart…</source>
        <translation>导出此图表…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>Text and lines at %1%</source>
        <translation>文字和线条：%1%</translation>
    </message>
    <message>
        <source>Recover Unsaved Session</source>
        <translation>恢复未保存的会话</translation>
    </message>
    <message>
        <source>Entropy Explorer did not close properly last time, and a session had unsaved changes. Recover it?</source>
        <translation>熵探索器上次没有正常关闭，有一个会话包含未保存的更改。要恢复它吗？</translation>
    </message>
    <message>
        <source>Recover unsaved session</source>
        <translation>恢复未保存的会话</translation>
    </message>
    <message>
        <source>Recovered the unsaved session: save it to keep it.</source>
        <translation>已恢复未保存的会话：请保存以保留它。</translation>
    </message>
    <message>
        <source>Distribution &amp;Families…</source>
        <translation>分布族(&amp;F)…</translation>
    </message>
    <message>
        <source>Distribution families</source>
        <translation>分布族</translation>
    </message>
    <message>
        <source>Smooth %1</source>
        <translation>平滑 %1</translation>
    </message>
    <message>
        <source>Add ε to every weight of %1, then renormalise. A zero becomes a small probability, so no divergence is infinite because of it.

ε:</source>
        <translation>给 %1 的每个权重加上 ε，再重新归一化。零概率变成一个很小的概率，散度就不会因它而为无穷大。

ε：</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <source>Simplex</source>
        <translation>单纯形</translation>
    </message>
    <message>
        <source>Rényi α</source>
        <translation>Rényi α</translation>
    </message>
    <message>
        <source>More Tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen for the projector: the lesson large, the views filling the rest (Esc leaves)</source>
        <translation>投影用的全屏：课程文字放大，视图占满其余部分（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Show &amp;Editor Panel</source>
        <translation>显示编辑面板(&amp;E)</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <source>P is the truth, Q the model. 0 log 0 = 0. D(P‖Q) is ∞ when some q = 0 &lt; p.</source>
        <translation>P 是真实分布，Q 是预测分布。0 log 0 = 0。当某个 q = 0 &lt; p 时，D(P‖Q) 为 ∞。</translation>
    </message>
    <message>
        <source>Why a divergence is infinite</source>
        <translation>散度为何无穷大</translation>
    </message>
    <message>
        <source>∞: Q gives %1 probability 0, which P says can happen: &lt;a href=&quot;smooth:%2&quot;&gt;smooth Q&lt;/a&gt;</source>
        <translation>∞：Q 给 %1 的概率为 0，而 P 认为它会发生：&lt;a href=&quot;smooth:%2&quot;&gt;平滑 Q&lt;/a&gt;</translation>
    </message>
    <message>
        <source>∞: P gives %1 probability 0, which Q says can happen: &lt;a href=&quot;smooth:%2&quot;&gt;smooth P&lt;/a&gt;</source>
        <translation>∞：P 给 %1 的概率为 0，而 Q 认为它会发生：&lt;a href=&quot;smooth:%2&quot;&gt;平滑 P&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Hidden until the class answers the lesson&apos;s question</source>
        <translation>在学生回答课程的问题之前隐藏</translation>
    </message>
    <message>
        <source>hidden until the question is answered</source>
        <translation>回答问题之前隐藏</translation>
    </message>
</context>
<context>
    <name>PathSweepChart</name>
    <message>
        <source>From P to Q along Q_t = (1−t)P + tQ</source>
        <translation>沿 Q_t = (1−t)P + tQ 从 P 走到 Q</translation>
    </message>
    <message>
        <source>t (0: Q_t = P, 1: Q_t = Q)</source>
        <translation>t（0：Q_t = P，1：Q_t = Q）</translation>
    </message>
    <message>
        <source>D(P‖Q_t)</source>
        <translation>D(P‖Q_t)</translation>
    </message>
    <message>
        <source>D(Q_t‖P)</source>
        <translation>D(Q_t‖P)</translation>
    </message>
    <message>
        <source>JS(P,Q_t)</source>
        <translation>JS(P,Q_t)</translation>
    </message>
    <message>
        <source>H(P,Q_t)</source>
        <translation>H(P,Q_t)</translation>
    </message>
</context>
<context>
    <name>PathSweepView</name>
    <message>
        <source>t, the position on the path from P to Q</source>
        <translation>t：从 P 到 Q 的路径上的位置</translation>
    </message>
    <message>
        <source>t:</source>
        <translation>t：</translation>
    </message>
    <message>
        <source>t = %1:  D(P‖Q_t) = %2,  D(Q_t‖P) = %3,  JS = %4,  H(P,Q_t) = %5 (%6)</source>
        <translation>t = %1：D(P‖Q_t) = %2，D(Q_t‖P) = %3，JS = %4，H(P,Q_t) = %5（%6）</translation>
    </message>
</context>
<context>
    <name>PredictionBox</name>
    <message>
        <source>Predict first</source>
        <translation>先预测</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>答案：%1。</translation>
    </message>
    <message>
        <source>Right! The answer is %1.</source>
        <translation>答对了！答案是 %1。</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Not quite: you said %1; the answer is %2.</source>
        <translation>不太对：你的答案是 %1；正确答案是 %2。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓答案</translation>
    </message>
    <message>
        <source>Check the class&apos;s answer and show the number (Enter)</source>
        <translation>检查学生的答案并显示数值 (Enter)</translation>
    </message>
    <message>
        <source>Show the number without an answer (Ctrl+R)</source>
        <translation>不回答，直接显示数值 (Ctrl+R)</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>答案</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>A fair coin and a biased coin</source>
        <translation>一枚公平硬币与一枚偏置硬币</translation>
    </message>
    <message>
        <source>P is a fair coin (1 bit of entropy), Q a coin that lands heads 90% of the time (0.469 bits). Coding a fair coin with the biased coin&apos;s code costs 0.737 extra bits per toss; the other way round costs 0.531. KL divergence is not symmetric.</source>
        <translation>P 是公平硬币（熵为 1 比特），Q 是 90% 的概率正面朝上的硬币（0.469 比特）。用偏置硬币的编码来编码公平硬币，每次抛掷要多花 0.737 比特；反过来则多花 0.531 比特。KL散度是非对称的。</translation>
    </message>
    <message>
        <source>A match one side wins 99% of the time</source>
        <translation>一方有 99% 的把握获胜的比赛</translation>
    </message>
    <message>
        <source>When the favourite wins 99% of the time, the result carries only 0.0808 bits: there is little to learn. The rare upset is very surprising (6.64 bits) but seldom happens. Q is a fan who thinks it is a fair match.</source>
        <translation>当热门一方 99% 会赢时，比赛结果只包含 0.0808 比特的信息：几乎没有什么可学的。罕见的爆冷非常出人意料（6.64 比特），但很少发生。Q 是一位以为比赛势均力敌的球迷。</translation>
    </message>
    <message>
        <source>Which model is closer? Q = (1/4, 3/4)</source>
        <translation>哪个模型更接近？Q = (1/4, 3/4)</translation>
    </message>
    <message>
        <source>The truth is (1/2, 1/2). This model gives D(P||Q) = 0.2075 bits. Compare the preset with Q = (1/8, 7/8), which gives 0.5 log2(4) + 0.5 log2(4/7) = 0.5963 bits: the closer model has the smaller divergence from the truth.</source>
        <translation>真实分布是 (1/2, 1/2)。这个模型的 D(P||Q) = 0.2075 比特。对比 Q = (1/8, 7/8) 的预设，它给出 0.5 log2(4) + 0.5 log2(4/7) = 0.5963 比特：越接近的模型，与真实分布的散度越小。</translation>
    </message>
    <message>
        <source>Which model is closer? Q = (1/8, 7/8)</source>
        <translation>哪个模型更接近？Q = (1/8, 7/8)</translation>
    </message>
    <message>
        <source>The truth is (1/2, 1/2). This model gives D(P||Q) = 0.5963 bits, worse than the 0.2075 bits of Q = (1/4, 3/4).</source>
        <translation>真实分布是 (1/2, 1/2)。这个模型的 D(P||Q) = 0.5963 比特，比 Q = (1/4, 3/4) 的 0.2075 比特更差。</translation>
    </message>
    <message>
        <source>A fair die and a loaded die</source>
        <translation>一颗公平骰子与一颗灌铅骰子</translation>
    </message>
    <message>
        <source>Each face of a fair die carries log2 6 = 2.585 bits, and so does the whole throw. Q is a die loaded towards six. The loaded die&apos;s entropy is lower: it is easier to guess.</source>
        <translation>公平骰子的每一面都携带 log2 6 = 2.585 比特的信息量，整次投掷的熵也是如此。Q 是偏向六点的灌铅骰子。灌铅骰子的熵更低：它更容易猜中。</translation>
    </message>
    <message>
        <source>A true label and a model&apos;s prediction</source>
        <translation>真实标签与模型的预测</translation>
    </message>
    <message>
        <source>In classification the truth P is one-hot: the true class (C) has probability 1. The cross-entropy H(P,Q) then reduces to -log q(true class) = -log2 0.6 = 0.737 bits: the loss depends only on the probability the model gave the right answer. H(P) = 0, so H(P,Q) = D(P||Q).</source>
        <translation>在分类问题中，真实分布 P 是独热的：真实类别（C）的概率为 1。交叉熵 H(P,Q) 于是化为 -log q(真实类别) = -log2 0.6 = 0.737 比特：损失只取决于模型给正确答案的概率。H(P) = 0，所以 H(P,Q) = D(P||Q)。</translation>
    </message>
    <message>
        <source>16 random bits</source>
        <translation>16 个随机比特</translation>
    </message>
    <message>
        <source>A uniform choice among 65,536 values carries exactly 16 bits. Q is the same; every divergence is 0.</source>
        <translation>在 65,536 个值中均匀地选一个，恰好携带 16 比特的信息。Q 与 P 相同，所有散度都为 0。</translation>
    </message>
    <message>
        <source>Uniform and Zipf over 10 words</source>
        <translation>10 个词上的均匀分布与齐普夫分布</translation>
    </message>
    <message>
        <source>P gives 10 words equal chances (log2 10 = 3.32 bits); Q follows Zipf&apos;s law (s = 1), as word frequencies in text do: a few words take most of the mass.</source>
        <translation>P 给 10 个词相同的机会（log2 10 = 3.32 比特）；Q 服从齐普夫定律（s = 1），就像文本中的词频那样：少数几个词占据了大部分概率。</translation>
    </message>
    <message>
        <source>Binomial(10, 1/2) and Binomial(10, 0.3)</source>
        <translation>二项分布 (10, 1/2) 与二项分布 (10, 0.3)</translation>
    </message>
    <message>
        <source>Successes in 10 trials. A fair coin (P) against a coin with success probability 0.3 (Q): the counts Q expects most are ones P finds unlikely.</source>
        <translation>10 次试验中的成功次数。公平硬币（P）对比成功概率为 0.3 的硬币（Q）：Q 最期待的次数，正是 P 认为不太可能的次数。</translation>
    </message>
    <message>
        <source>Geometric(0.3) and Poisson(3)</source>
        <translation>几何分布 (0.3) 与泊松分布 (3)</translation>
    </message>
    <message>
        <source>Two ways to model a count from 0 to 11, both truncated: the geometric distribution (P) is most likely at 0; the Poisson (Q) peaks near its mean of 3.</source>
        <translation>对 0 到 11 的计数的两种建模方式（都已截断）：几何分布（P）在 0 处概率最大；泊松分布（Q）在均值 3 附近达到峰值。</translation>
    </message>
    <message>
        <source>Softmax of logits and a one-hot label</source>
        <translation>logits 的 Softmax 与独热标签</translation>
    </message>
    <message>
        <source>Q is softmax of the logits (2, 1, 0.5, -1, 0) at temperature 1; P is the true class, A. The cross-entropy is the classification loss -log q(A). Higher temperature flattens Q; lower sharpens it.</source>
        <translation>Q 是 logits (2, 1, 0.5, -1, 0) 在温度为 1 时的 Softmax；P 是真实类别 A。交叉熵就是分类损失 -log q(A)。温度越高 Q 越平坦，温度越低 Q 越尖锐。</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>tails</source>
        <translation>反面</translation>
    </message>
    <message>
        <source>favourite wins</source>
        <translation>热门获胜</translation>
    </message>
    <message>
        <source>upset</source>
        <translation>爆冷</translation>
    </message>
    <message>
        <source>Two humps close together</source>
        <translation>两个靠近的峰</translation>
    </message>
    <message>
        <source>P has two humps, at 14 and 25. Fit one bump Q to it (the Fit tab): minimising D(P||Q) gives sigma = 6.92, minimising D(Q||P) gives 6.89. When the humps are close the two fits nearly agree.</source>
        <translation>P 有两个峰，分别在 14 和 25。用一个单峰 Q 去拟合它（见“拟合”页）：最小化 D(P||Q) 得到 sigma = 6.92，最小化 D(Q||P) 得到 6.89。两峰靠近时，两种拟合几乎一致。</translation>
    </message>
    <message>
        <source>Two humps far apart</source>
        <translation>两个相距较远的峰</translation>
    </message>
    <message>
        <source>P has humps at 10 and 29. Minimising D(P||Q) spreads one bump over both (sigma = 13.5): it must cover every event P draws. Minimising D(Q||P) puts it on one hump (sigma = 2.76), the heavier one at 10; the other hump is another local minimum.</source>
        <translation>P 的两个峰在 10 和 29。最小化 D(P||Q) 会让一个单峰铺开覆盖两峰（sigma = 13.5）：它必须覆盖 P 可能出现的每个事件。最小化 D(Q||P) 则把单峰放在一个峰上（sigma = 2.76），即位于 10 的较重的峰；另一个峰是另一个局部极小值。</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>not cat</source>
        <translation>不是猫</translation>
    </message>
    <message>
        <source>Three events, in nats</source>
        <translation>三个事件，以奈特为单位</translation>
    </message>
    <message>
        <source>Events with probabilities 0.7, 0.2 and 0.1 carry 0.36, 1.61 and 2.30 nats of surprisal (switch the unit to nats): the rarer the event, the more its news tells. Q gives each event 1/3.</source>
        <translation>概率为 0.7、0.2 和 0.1 的事件分别携带 0.36、1.61 和 2.30 奈特的自信息（把单位换成奈特）：概率越小，信息量越大。Q 给每个事件 1/3。</translation>
    </message>
    <message>
        <source>Two belles choosing a suitor</source>
        <translation>两位美女选择追求者</translation>
    </message>
    <message>
        <source>Belle A (P) finds six suitors equally attractive and cannot choose: 2.585 bits of entropy. Belle B (Q) only has eyes for the first: 0.701 bits. Entropy measures how hard the choice is.</source>
        <translation>美女 A（P）觉得六位追求者同样有魅力，无法选择：熵为 2.585 比特。美女 B（Q）只钟情于第一位：0.701 比特。熵衡量选择有多难。</translation>
    </message>
    <message>
        <source>A model that calls an event impossible</source>
        <translation>把一个事件说成不可能的模型</translation>
    </message>
    <message>
        <source>The truth P gives C probability 0.2, but the model Q says C is impossible (q = 0). D(P||Q) is infinite: a code built from Q has no codeword for C. The other way round, D(Q||P) = 0.324 bits is finite.</source>
        <translation>真实分布 P 给 C 的概率是 0.2，但模型 Q 说 C 不可能（q = 0）。D(P||Q) 是无穷大：用 Q 建的编码没有 C 的码字。反过来，D(Q||P) = 0.324 比特是有限的。</translation>
    </message>
    <message>
        <source>A binary label and a predicted probability</source>
        <translation>二分类标签和预测概率</translation>
    </message>
    <message>
        <source>The true label is &quot;cat&quot; (p = 1) and the model says cat with q = 0.8. Binary cross-entropy -[p log q + (1-p) log(1-q)] = -log2 0.8 = 0.322 bits.</source>
        <translation>真实标签是“猫”（p = 1），模型说是猫的概率 q = 0.8。二分类交叉熵 -[p log q + (1-p) log(1-q)] = -log2 0.8 = 0.322 比特。</translation>
    </message>
</context>
<context>
    <name>QuantityFormat</name>
    <message>
        <source>bits</source>
        <translation>比特</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>奈特</translation>
    </message>
    <message>
        <source>hartleys</source>
        <translation>哈特莱</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 more events</source>
        <translation>另外 %1 个事件</translation>
    </message>
    <message>
        <source>μ = %1, σ = %2, D = %3</source>
        <translation>μ = %1，σ = %2，D = %3</translation>
    </message>
    <message>
        <source>(σ at its limit)</source>
        <translation>（σ 已到边界）</translation>
    </message>
</context>
<context>
    <name>QuantityLines</name>
    <message>
        <source>Entropy H(P)</source>
        <translation>熵 H(P)</translation>
    </message>
    <message>
        <source>Entropy H(Q)</source>
        <translation>熵 H(Q)</translation>
    </message>
    <message>
        <source>Cross-entropy H(P,Q)</source>
        <translation>交叉熵 H(P,Q)</translation>
    </message>
    <message>
        <source>Cross-entropy H(Q,P)</source>
        <translation>交叉熵 H(Q,P)</translation>
    </message>
    <message>
        <source>KL divergence D(P‖Q)</source>
        <translation>KL散度 D(P‖Q)</translation>
    </message>
    <message>
        <source>KL divergence D(Q‖P)</source>
        <translation>KL散度 D(Q‖P)</translation>
    </message>
    <message>
        <source>Jensen-Shannon JS(P,Q)</source>
        <translation>JS散度 JS(P,Q)</translation>
    </message>
    <message>
        <source>Normalised entropy H(P)/log N</source>
        <translation>归一化熵 H(P)/log N</translation>
    </message>
    <message>
        <source>Normalised entropy H(Q)/log N</source>
        <translation>归一化熵 H(Q)/log N</translation>
    </message>
    <message>
        <source>Perplexity of P</source>
        <translation>P 的困惑度</translation>
    </message>
    <message>
        <source>Perplexity of Q</source>
        <translation>Q 的困惑度</translation>
    </message>
    <message>
        <source>Total variation TV(P,Q)</source>
        <translation>总变差 TV(P,Q)</translation>
    </message>
</context>
<context>
    <name>RenyiCurve</name>
    <message>
        <source>Rényi D(P‖Q)</source>
        <translation>Rényi D(P‖Q)</translation>
    </message>
    <message>
        <source>Rényi D(Q‖P)</source>
        <translation>Rényi D(Q‖P)</translation>
    </message>
    <message>
        <source>Rényi H(P)</source>
        <translation>Rényi H(P)</translation>
    </message>
    <message>
        <source>Rényi divergences and entropy against the order α</source>
        <translation>Rényi散度与Rényi熵随阶数 α 的变化</translation>
    </message>
    <message>
        <source>1: KL</source>
        <translation>1：KL</translation>
    </message>
    <message>
        <source>order α</source>
        <translation>阶数 α</translation>
    </message>
</context>
<context>
    <name>RenyiView</name>
    <message>
        <source>α = ∞</source>
        <translation>α = ∞</translation>
    </message>
    <message>
        <source>Rényi order α</source>
        <translation>Rényi 阶数 α</translation>
    </message>
    <message>
        <source>The order ∞: D = log max p/q, H = −log max p</source>
        <translation>阶数 ∞：D = log max p/q，H = −log max p</translation>
    </message>
    <message>
        <source>Rényi values at the chosen order</source>
        <translation>所选阶数下的 Rényi 值</translation>
    </message>
    <message>
        <source>Order α:</source>
        <translation>阶数 α：</translation>
    </message>
    <message>
        <source>D&lt;sub&gt;α&lt;/sub&gt;(P‖Q) = %1 &amp;nbsp;&amp;nbsp; D&lt;sub&gt;α&lt;/sub&gt;(Q‖P) = %2 &amp;nbsp;&amp;nbsp; H&lt;sub&gt;α&lt;/sub&gt;(P) = %3 &amp;nbsp;&amp;nbsp; H&lt;sub&gt;α&lt;/sub&gt;(Q) = %4</source>
        <translation>D&lt;sub&gt;α&lt;/sub&gt;(P‖Q) = %1 &amp;nbsp;&amp;nbsp; D&lt;sub&gt;α&lt;/sub&gt;(Q‖P) = %2 &amp;nbsp;&amp;nbsp; H&lt;sub&gt;α&lt;/sub&gt;(P) = %3 &amp;nbsp;&amp;nbsp; H&lt;sub&gt;α&lt;/sub&gt;(Q) = %4</translation>
    </message>
    <message>
        <source>Order 1 is KL divergence and Shannon entropy; order 0 is −log Q(where P is not 0); ∞ is log max p/q. D&lt;sub&gt;α&lt;/sub&gt; grows with α; above 1, any q = 0 &amp;lt; p makes it ∞.</source>
        <translation>阶数 1 即KL散度与信息熵；阶数 0 为 −log Q(P 不为 0 之处)；∞ 为 log max p/q。D&lt;sub&gt;α&lt;/sub&gt; 随 α 增大；阶数大于 1 时，只要有 q = 0 &amp;lt; p 就为 ∞。</translation>
    </message>
</context>
<context>
    <name>SampleHistogramChart</name>
    <message>
        <source>The sample&apos;s frequencies beside P and Q</source>
        <translation>样本频率与 P、Q 对比</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
</context>
<context>
    <name>SampleTraceChart</name>
    <message>
        <source>Σ log p(x)/q(x)</source>
        <translation>Σ log p(x)/q(x)</translation>
    </message>
    <message>
        <source>mean of −log q(x)</source>
        <translation>累计平均 −log q</translation>
    </message>
    <message>
        <source>mean of −log p(x)</source>
        <translation>累计平均 −log p</translation>
    </message>
    <message>
        <source>Running means converge to the cross-entropy and the entropy</source>
        <translation>累计平均收敛到交叉熵和熵</translation>
    </message>
    <message>
        <source>Evidence for P over Q grows at D bits per draw</source>
        <translation>支持 P 而非 Q 的证据每次抽样增加 D 比特</translation>
    </message>
    <message>
        <source>n, draws (log scale)</source>
        <translation>n，抽样次数（对数刻度）</translation>
    </message>
    <message>
        <source>a draw the model calls impossible: ∞ from here</source>
        <translation>抽到模型认为不可能的事件：从此为 ∞</translation>
    </message>
    <message>
        <source>slope D(P‖Q) per draw</source>
        <translation>斜率：每次抽样 D(P‖Q)</translation>
    </message>
    <message>
        <source>slope −D(Q‖P) per draw</source>
        <translation>斜率：每次抽样 −D(Q‖P)</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>Draw</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Animate</source>
        <translation>动画</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>P, the truth</source>
        <translation>P，真实分布</translation>
    </message>
    <message>
        <source>Q, the model</source>
        <translation>Q，预测分布</translation>
    </message>
    <message>
        <source>Draw from</source>
        <translation>抽样来源</translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation>抽样次数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Number of paths</source>
        <translation>路径数</translation>
    </message>
    <message>
        <source>Draw from:</source>
        <translation>抽样来源：</translation>
    </message>
    <message>
        <source>n:</source>
        <translation>n：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Paths:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <source>%1 draws from P: P&apos;s code spent %2 per symbol (expected %3), Q&apos;s code %4 (expected %5). D(empirical ‖ P) = %6.</source>
        <translation>从 P 抽样 %1 次：P 的编码每个符号花费 %2（期望 %3），Q 的编码花费 %4（期望 %5）。D(经验分布 ‖ P) = %6。</translation>
    </message>
    <message>
        <source>%1 draws from Q: P&apos;s code spent %2 per symbol, Q&apos;s code %3. D(empirical ‖ Q) = %4.</source>
        <translation>从 Q 抽样 %1 次：P 的编码每个符号花费 %2，Q 的编码花费 %3。D(经验分布 ‖ Q) = %4。</translation>
    </message>
    <message>
        <source>Draw %1 is an event Q calls impossible: from there −log q is ∞.</source>
        <translation>第 %1 次抽到 Q 认为不可能的事件：从此 −log q 为 ∞。</translation>
    </message>
    <message>
        <source>Press Draw or Animate.</source>
        <translation>请按“抽样”或“动画”。</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Entropy Explorer sessions (*.json)</source>
        <translation>熵探索器会话 (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Import Events from CSV</source>
        <translation>从 CSV 导入事件</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>CSV 表格 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Compare two texts</source>
        <translation>比较两段文本</translation>
    </message>
    <message>
        <source>Open Session or Lesson</source>
        <translation>打开会话或课程</translation>
    </message>
    <message>
        <source>Entropy Explorer sessions and lessons (*.json);;All files (*)</source>
        <translation>Entropy Explorer 会话和课程 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SimplexPlot</name>
    <message>
        <source>The probability simplex with P and Q</source>
        <translation>带 P 和 Q 的概率单纯形</translation>
    </message>
    <message>
        <source>Drag P or Q to move it in the simplex</source>
        <translation>拖动 P 或 Q，在单纯形中移动它</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>第一个：%1</translation>
    </message>
    <message>
        <source>second: %1</source>
        <translation>第二个：%1</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>其余</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The arrow keys move %1; Space switches between P and Q.</source>
        <translation>方向键移动 %1；空格键在 P 与 Q 之间切换。</translation>
    </message>
</context>
<context>
    <name>SimplexView</name>
    <message>
        <source>Contours of</source>
        <translation>等高线所示的量</translation>
    </message>
    <message>
        <source>Colour and contours:</source>
        <translation>颜色与等高线：</translation>
    </message>
    <message>
        <source>Every distribution over three events is a point of the triangle; a corner is an event with probability 1. The colour is %1 for each point X. &lt;b&gt;Solid&lt;/b&gt;: the mixture path (1−t)P + tQ. &lt;b&gt;Dashed&lt;/b&gt;: the geometric path ∝ P&lt;sup&gt;1−t&lt;/sup&gt;Q&lt;sup&gt;t&lt;/sup&gt;. Hatched or marked ∞: infinite there.</source>
        <translation>三个事件上的每个概率分布都是三角形中的一个点；顶点是概率为 1 的事件。颜色表示每个点 X 的 %1。&lt;b&gt;实线&lt;/b&gt;：混合路径 (1−t)P + tQ。&lt;b&gt;虚线&lt;/b&gt;：几何路径 ∝ P&lt;sup&gt;1−t&lt;/sup&gt;Q&lt;sup&gt;t&lt;/sup&gt;。斜线填充或标有 ∞：该处为无穷大。</translation>
    </message>
    <message>
        <source>With %1 events, the corners are the first event, the second, and the rest merged; dragging P or Q keeps the rest in proportion.</source>
        <translation>共有 %1 个事件，三个顶点分别是第一个事件、第二个事件和其余事件的合并；拖动 P 或 Q 时其余事件保持原有比例。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Set a task the window checks</source>
        <translation>设置一个窗口会检查的任务</translation>
    </message>
    <message>
        <source>Question and Task: %1</source>
        <translation>问题与任务：%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Highlighted in the numbers and the charts; hidden until the question is answered</source>
        <translation>在数值和图表中突出显示；回答问题之前隐藏</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation>重点：</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>先预测</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>不提问</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选择题</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数值题</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>Use the Focus&apos;s Value</source>
        <translation>使用重点数值</translation>
    </message>
    <message>
        <source>The answer is the focused quantity as the core computes it for this step</source>
        <translation>答案取本步骤中重点数值的计算结果</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Right choice:</source>
        <translation>正确选项：</translation>
    </message>
    <message>
        <source>Answer (%1):</source>
        <translation>答案（%1）：</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>容差：</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>One condition per line, such as:
kl_pq &lt; 0.05
p unchanged</source>
        <translation>每行一个条件，例如：
kl_pq &lt; 0.05
p unchanged</translation>
    </message>
    <message>
        <source>Shown while the goal is open</source>
        <translation>目标未达成时显示</translation>
    </message>
    <message>
        <source>Shown once it is met</source>
        <translation>目标达成后显示</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>While open:</source>
        <translation>未达成时：</translation>
    </message>
    <message>
        <source>Once met:</source>
        <translation>达成后：</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>请填写问题。</translation>
    </message>
    <message>
        <source>Give at least two choices, and the number of the right one.</source>
        <translation>请至少给出两个选项，并填写正确选项的序号。</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>A task needs a goal and both of its texts.</source>
        <translation>任务需要目标和两段文字。</translation>
    </message>
</context>
<context>
    <name>SummaryChart</name>
    <message>
        <source>H(P,Q) = H(P) + D(P‖Q): coding events from P with a code built for Q costs the entropy of P plus the KL divergence.</source>
        <translation>H(P,Q) = H(P) + D(P‖Q)：用为 Q 设计的编码来编码来自 P 的事件，代价是 P 的熵加上KL散度。</translation>
    </message>
    <message>
        <source>H(Q,P) = H(Q) + D(Q‖P): the same with the roles swapped. The two KL divergences differ in general.</source>
        <translation>H(Q,P) = H(Q) + D(Q‖P)：角色互换后同理。两个方向的KL散度一般并不相等。</translation>
    </message>
    <message>
        <source>Jensen-Shannon divergence: symmetric, always finite, at most 1 bit.</source>
        <translation>JS散度：对称、总是有限、最多 1 比特。</translation>
    </message>
    <message>
        <source>Cross-entropy = entropy + KL divergence</source>
        <translation>交叉熵 = 熵 + KL散度</translation>
    </message>
    <message>
        <source>entropy H</source>
        <translation>熵 H</translation>
    </message>
    <message>
        <source>KL divergence D</source>
        <translation>KL散度 D</translation>
    </message>
    <message>
        <source>Jensen-Shannon JS</source>
        <translation>JS散度 JS</translation>
    </message>
    <message>
        <source>P as truth</source>
        <translation>以 P 为真实</translation>
    </message>
    <message>
        <source>Q as truth</source>
        <translation>以 Q 为真实</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>对称</translation>
    </message>
</context>
<context>
    <name>SurprisalChart</name>
    <message>
        <source>-log p (under P)</source>
        <translation>-log p（P 下）</translation>
    </message>
    <message>
        <source>-log q (under Q)</source>
        <translation>-log q（Q 下）</translation>
    </message>
    <message>
        <source>Information content per event</source>
        <translation>每个事件的信息量</translation>
    </message>
    <message>
        <source>surprisal (%1)</source>
        <translation>自信息（%1）</translation>
    </message>
    <message>
        <source>-log %1(%2) = %3</source>
        <translation>-log %1(%2) = %3</translation>
    </message>
    <message>
        <source>Probability 0: an event that cannot happen would be infinitely surprising. Edit ▸ Smooth %1 gives every event some probability.</source>
        <translation>概率为 0：不可能发生的事件若发生，信息量为无穷大。“编辑 ▸ 平滑 %1”让每个事件都有一点概率。</translation>
    </message>
</context>
<context>
    <name>TextImportDialog</name>
    <message>
        <source>Letters</source>
        <translation>字母</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>单词</translation>
    </message>
    <message>
        <source>Compare Two Texts</source>
        <translation>比较两段文本</translation>
    </message>
    <message>
        <source>Text for P</source>
        <translation>P 的文本</translation>
    </message>
    <message>
        <source>Text for Q</source>
        <translation>Q 的文本</translation>
    </message>
    <message>
        <source>Added to every count, so that no event has probability 0 (additive smoothing)</source>
        <translation>加到每个计数上，使任何事件的概率都不为 0（加法平滑）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The most frequent events are kept; the rest are summed into one</source>
        <translation>保留最常见的事件，其余合并为一个</translation>
    </message>
    <message>
        <source>P (the truth):</source>
        <translation>P（真实分布）：</translation>
    </message>
    <message>
        <source>Q (the model):</source>
        <translation>Q（预测分布）：</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>统计：</translation>
    </message>
    <message>
        <source>Smoothing (pseudo-count):</source>
        <translation>平滑（伪计数）：</translation>
    </message>
    <message>
        <source>Keep the most frequent:</source>
        <translation>保留最常见的：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a text for P and one for Q.</source>
        <translation>请为 P 和 Q 各选择一段文本。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in P: %1, so D(P‖Q) = ∞.</source>
        <translation>只出现在 P 中：%1，因此 D(P‖Q) = ∞。</translation>
    </message>
    <message>
        <source>Only in Q: %1, so D(Q‖P) = ∞.</source>
        <translation>只出现在 Q 中：%1，因此 D(Q‖P) = ∞。</translation>
    </message>
    <message>
        <source>Smoothing makes both directions finite.</source>
        <translation>平滑可以使两个方向都变为有限值。</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>投影仪</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start again from the default P and Q</source>
        <translation>从默认的 P 和 Q 重新开始</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>打开已保存的会话</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save a chart or all four as PNG, SVG or PDF, or the events as CSV</source>
        <translation>将一个或全部四个图表保存为 PNG、SVG 或 PDF，或将事件保存为 CSV</translation>
    </message>
    <message>
        <source>Export &amp;Numbers (CSV)…</source>
        <translation>导出数值(&amp;N)（CSV）…</translation>
    </message>
    <message>
        <source>Save every total as a CSV table</source>
        <translation>将所有总量保存为 CSV 表格</translation>
    </message>
    <message>
        <source>Import &amp;CSV Table…</source>
        <translation>导入 &amp;CSV 表格…</translation>
    </message>
    <message>
        <source>Read events from a CSV file with columns label,p,q or p,q</source>
        <translation>从列为 label,p,q 或 p,q 的 CSV 文件读取事件</translation>
    </message>
    <message>
        <source>Compare Two &amp;Texts…</source>
        <translation>比较两段文本(&amp;T)…</translation>
    </message>
    <message>
        <source>P and Q from the letter or word frequencies of two texts</source>
        <translation>用两段文本的字母或单词频率作为 P 和 Q</translation>
    </message>
    <message>
        <source>&amp;Copy Charts as Image</source>
        <translation>将图表复制为图像(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Put the four charts on the clipboard as an image</source>
        <translation>将四个图表作为图像放到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>&amp;Add Event</source>
        <translation>添加事件(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add an event to P and Q</source>
        <translation>给 P 和 Q 添加一个事件</translation>
    </message>
    <message>
        <source>Copy P → Q</source>
        <translation>复制 P → Q</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Make Q equal to P: every divergence becomes 0</source>
        <translation>使 Q 等于 P：所有散度变为 0</translation>
    </message>
    <message>
        <source>Copy Q → P</source>
        <translation>复制 Q → P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Make P equal to Q</source>
        <translation>使 P 等于 Q</translation>
    </message>
    <message>
        <source>&amp;Swap P and Q</source>
        <translation>交换 P 与 Q(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Exchange P and Q: D(P‖Q) and D(Q‖P) trade places</source>
        <translation>交换 P 与 Q：D(P‖Q) 与 D(Q‖P) 互换位置</translation>
    </message>
    <message>
        <source>Edit &amp;Probabilities</source>
        <translation>编辑概率(&amp;P)</translation>
    </message>
    <message>
        <source>A slider sets a probability; the other unlocked events rescale to sum to 1</source>
        <translation>滑块设置概率；其他未锁定的事件按比例缩放，使总和为 1</translation>
    </message>
    <message>
        <source>Edit Raw &amp;Weights</source>
        <translation>编辑原始权重(&amp;W)</translation>
    </message>
    <message>
        <source>Sliders are weights, normalised for the charts</source>
        <translation>滑块表示权重，图表中会归一化</translation>
    </message>
    <message>
        <source>&amp;Bits (log base 2)</source>
        <translation>比特(&amp;B)（以 2 为底）</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Nats (log base e)</source>
        <translation>奈特(&amp;N)（以 e 为底）</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Hartleys (log base 10)</source>
        <translation>哈特莱(&amp;H)（以 10 为底）</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Larger Text and Lines</source>
        <translation>放大文字和线条(&amp;L)</translation>
    </message>
    <message>
        <source>For a projector: every label, chart and line grows</source>
        <translation>用于投影：所有标签、图表和线条都会放大</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>&amp;Smaller Text and Lines</source>
        <translation>缩小文字和线条(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Conventions</source>
        <translation>约定(&amp;C)</translation>
    </message>
    <message>
        <source>How zeros and infinities are treated</source>
        <translation>零和无穷大的处理方式</translation>
    </message>
    <message>
        <source>&amp;About Entropy Explorer</source>
        <translation>关于熵探索器(&amp;A)</translation>
    </message>
    <message>
        <source>Smooth &amp;P…</source>
        <translation>平滑 P(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a small weight to every event of P and renormalise</source>
        <translation>给 P 的每个事件加一个小权重并重新归一化</translation>
    </message>
    <message>
        <source>Smooth &amp;Q…</source>
        <translation>平滑 Q(&amp;Q)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Add a small weight to every event of Q and renormalise: a zero in Q no longer makes D(P‖Q) infinite</source>
        <translation>给 Q 的每个事件加一个小权重并重新归一化：Q 中的零不再使 D(P‖Q) 为无穷大</translation>
    </message>
    <message>
        <source>Enter &amp;Classifier Mode</source>
        <translation>进入分类器模式(&amp;C)</translation>
    </message>
</context>
<context>
    <name>WorkedFormulas</name>
    <message>
        <source>P is the truth, Q the model. 0 log 0 = 0; a term with q = 0 &lt; p is infinite.</source>
        <translation>P 是真实分布，Q 是预测分布。0 log 0 = 0；q = 0 &lt; p 的项为无穷大。</translation>
    </message>
</context>
<context>
    <name>dataimport</name>
    <message>
        <source>(other)</source>
        <translation>（其他）</translation>
    </message>
</context>
<context>
    <name>fileio</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>Predict:</source>
        <translation>先预测：</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>你的答案：</translation>
    </message>
    <message>
        <source>The answer is on the last page.</source>
        <translation>答案在最后一页。</translation>
    </message>
    <message>
        <source>%1 — step %2 of %3</source>
        <translation>%1 — 第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
    <message>
        <source>The lesson has no steps to put in a handout.</source>
        <translation>课程没有可以放进讲义的步骤。</translation>
    </message>
</context>
</TS>
