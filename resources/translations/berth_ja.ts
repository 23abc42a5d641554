<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Berth::Cli</name>
    <message>
        <source>berth %1
Qt %2 (built with %3)
libcurl %4
Docker Engine API %5 (agreed down to the daemon&apos;s own, %6 at the oldest)
</source>
        <translation>berth %1
Qt %2 (%3 でビルド)
libcurl %4
Docker Engine API %5 (デーモンのバージョンに合わせ、最も古くて %6 まで)
</translation>
    </message>
    <message>
        <source>berth: &apos;%1&apos; is not a berth command. See &apos;berth --help&apos;.</source>
        <translation>berth: &apos;%1&apos; は berth のコマンドではありません。&apos;berth --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>The most similar command is</source>
        <translation>最も近いコマンド:</translation>
    </message>
    <message>
        <source>The most similar commands are</source>
        <translation>最も近いコマンド:</translation>
    </message>
    <message>
        <source>There is no file &apos;%1&apos; to open either.</source>
        <translation>開くファイル &apos;%1&apos; もありません。</translation>
    </message>
    <message>
        <source>berth: unknown option &apos;%1&apos;</source>
        <translation>berth: 不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>フォルダー %1 はありません</translation>
    </message>
    <message>
        <source>&apos;berth import TASKDEF.json --into %1&apos; makes a project of an ECS task definition</source>
        <translation>&apos;berth import TASKDEF.json --into %1&apos; で ECS のタスク定義からプロジェクトを作成できます</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>the projects here: %1</source>
        <translation>ここにあるプロジェクト: %1</translation>
    </message>
    <message>
        <source>the projects in %1: %2</source>
        <translation>%1 にあるプロジェクト: %2</translation>
    </message>
    <message>
        <source>&apos;berth import %1 --into %2&apos; makes a project of it for &apos;berth %3&apos;</source>
        <translation>&apos;berth import %1 --into %2&apos; でこれをプロジェクトにすると &apos;berth %3&apos; で使えます</translation>
    </message>
    <message>
        <source>hint: </source>
        <translation>ヒント: </translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>そのようなファイルはありません</translation>
    </message>
    <message>
        <source> (column %1 of the expression)</source>
        <translation> (式の %1 列目)</translation>
    </message>
    <message>
        <source>Checks Berth projects (.berth) and ECS task-definition JSON files (register input or describe output) against ECS&apos;s rules.</source>
        <translation>Berth のプロジェクト (.berth) と ECS のタスク定義 JSON ファイル (register の入力または describe の出力) を ECS のルールで検証します。</translation>
    </message>
    <message>
        <source>Print the findings as JSON: file, line, column, path, rule, severity.</source>
        <translation>検出結果を JSON で出力する: file、line、column、path、rule、severity。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>Files to check.</source>
        <translation>検証するファイル。</translation>
    </message>
    <message>
        <source>berth validate: name at least one file, e.g. &apos;berth validate project.berth&apos;</source>
        <translation>berth validate: ファイルを 1 つ以上指定してください。例: &apos;berth validate project.berth&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n 個のファイルを検証: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>エラー %n 件、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports an ECS task definition (register-task-definition input or describe-task-definition output) into a project as a new revision of its family. The project is created when it does not exist.</source>
        <translation>ECS のタスク定義 (register-task-definition の入力または describe-task-definition の出力) を、そのファミリーの新しいリビジョンとしてプロジェクトにインポートします。プロジェクトがなければ作成します。</translation>
    </message>
    <message>
        <source>The project to import into (default: FAMILY.berth).</source>
        <translation>インポート先のプロジェクト (既定: FAMILY.berth)。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>インポートするファイル。</translation>
    </message>
    <message>
        <source>berth import: name one task-definition file, e.g. &apos;berth import web.json --into shop.berth&apos;</source>
        <translation>berth import: タスク定義ファイルを 1 つ指定してください。例: &apos;berth import web.json --into shop.berth&apos;</translation>
    </message>
    <message>
        <source>Nothing was imported: ECS would reject this task definition. Fix the errors above and import again.</source>
        <translation>何もインポートしませんでした: ECS はこのタスク定義を拒否します。上のエラーを直してからもう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Nothing was imported; the project file is unchanged.</source>
        <translation>何もインポートしませんでした。プロジェクトファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Dropped read-only members that register-task-definition does not take: %1</source>
        <translation>register-task-definition が受け付けない読み取り専用のメンバーを除きました: %1</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 を %2 にインポートしました</translation>
    </message>
    <message numerus="yes">
        <source>The task definition has %n error(s); run &apos;berth validate %1&apos; to see them.</source>
        <translation>
            <numerusform>タスク定義にエラーが %n 件あります。&apos;berth validate %1&apos; で確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>書き出し先のフォルダー。</translation>
    </message>
    <message>
        <source>The project to export.</source>
        <translation>書き出すプロジェクト。</translation>
    </message>
    <message>
        <source>berth export: name a project and a folder, e.g. &apos;berth export shop.berth --out exported&apos;</source>
        <translation>berth export: プロジェクトとフォルダーを指定してください。例: &apos;berth export shop.berth --out exported&apos;</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message numerus="yes">
        <source>(cluster %1, %2, %3): %n of %4 placed</source>
        <translation>
            <numerusform>(クラスター %1、%2、%3): %4 個中 %n 個を配置</numerusform>
        </translation>
    </message>
    <message>
        <source>no task definition</source>
        <translation>タスク定義なし</translation>
    </message>
    <message>
        <source>Fargate</source>
        <translation>Fargate</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) cannot be placed</source>
        <translation>
            <numerusform>%n 個のタスクを配置できません</numerusform>
        </translation>
    </message>
    <message>
        <source>why: </source>
        <translation>理由: </translation>
    </message>
    <message>
        <source>closest instance: </source>
        <translation>最も近いインスタンス: </translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>CPU %1/%2  memory %3/%4 MiB  ENIs %5/%6</source>
        <translation>CPU %1/%2  メモリ %3/%4 MiB  ENI %5/%6</translation>
    </message>
    <message>
        <source>ports: </source>
        <translation>ポート: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source> (and %n reserved by ECS)</source>
        <translation>
            <numerusform> (ほかに ECS の予約が %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment preflight</source>
        <translation>デプロイの事前チェック</translation>
    </message>
    <message>
        <source>STALLS</source>
        <translation>停止する</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>fix: </source>
        <translation>対処: </translation>
    </message>
    <message>
        <source>Shows where every task of a project would be placed and why, the tasks ECS could not place (with ECS&apos;s event text and the fuller reason), what each instance reserves, and whether a rolling deployment of each service would stall.
Exit codes: 0 all placed; 1 a task cannot be placed or a deployment would stall; 2 bad usage or unreadable project.</source>
        <translation>プロジェクトの各タスクがどこに配置されるかとその理由、ECS が配置できなかったタスク (ECS のイベント文と詳しい理由付き)、各インスタンスの予約量、各サービスのローリングデプロイが止まるかどうかを表示します。
終了コード: 0 すべて配置、1 配置できないタスクがあるかデプロイが止まる、2 使い方の誤りまたは読めないプロジェクト。</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>配置プランを JSON で出力する。</translation>
    </message>
    <message>
        <source>Seed of the random placement strategy (default 0).</source>
        <translation>random 配置戦略のシード (既定 0)。</translation>
    </message>
    <message>
        <source>The project to plan.</source>
        <translation>配置プランを作るプロジェクト。</translation>
    </message>
    <message>
        <source>berth plan: name one project, e.g. &apos;berth plan shop.berth&apos;</source>
        <translation>berth plan: プロジェクトを 1 つ指定してください。例: &apos;berth plan shop.berth&apos;</translation>
    </message>
    <message>
        <source>berth plan: --seed takes a non-negative integer, not &apos;%1&apos;</source>
        <translation>berth plan: --seed には 0 以上の整数を指定します (&apos;%1&apos; は不可)</translation>
    </message>
    <message>
        <source>Plan of %1 (seed %2)</source>
        <translation>%1 の配置プラン (シード %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) placed, </source>
        <translation>
            <numerusform>%n 個のタスクを配置、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be placed, </source>
        <translation>
            <numerusform>%n 個は配置できず、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) would stall.</source>
        <translation>
            <numerusform>%n 件のデプロイが止まります。</numerusform>
        </translation>
    </message>
    <message>
        <source> on %1 %2: %3, desired %4</source>
        <translation> %1 %2 上: %3、必要数 %4</translation>
    </message>
    <message>
        <source> [%1 exited with %2]</source>
        <translation> [%1 が %2 で終了]</translation>
    </message>
    <message>
        <source>%1 service %2 deployment %3 (%4) %5 %6: desired %7, running %8, pending %9</source>
        <translation>%1 サービス %2 デプロイ %3 (%4) %5 %6: 必要数 %7、実行中 %8、保留中 %9</translation>
    </message>
    <message>
        <source>berth run: the edit of %1 cannot be read; the run goes on with the design it had.</source>
        <translation>berth run: %1 の変更を読み込めません。実行は変更前の設計のまま続きます。</translation>
    </message>
    <message numerus="yes">
        <source>berth run: the edit of %1 has %n error(s); the run goes on with the design it had.</source>
        <translation>
            <numerusform>berth run: %1 の変更にエラーが %n 件あります。実行は変更前の設計のまま続きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>berth run: applying the edit of %1</source>
        <translation>berth run: %1 の変更を適用しています</translation>
    </message>
    <message>
        <source>ECS API: %1 (eval &quot;$(berth api env)&quot;, then aws --endpoint-url %1 ecs list-clusters)</source>
        <translation>ECS API: %1 (eval &quot;$(berth api env)&quot; のあと aws --endpoint-url %1 ecs list-clusters)</translation>
    </message>
    <message>
        <source>%1 api %2 by %3: %4</source>
        <translation>%1 API %2 (%3): %4</translation>
    </message>
    <message>
        <source>an unsigned caller</source>
        <translation>署名のない呼び出し元</translation>
    </message>
    <message>
        <source>the project file %1 cannot be read</source>
        <translation>プロジェクトファイル %1 を読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>the change gives the design %n error(s); nothing was changed</source>
        <translation>
            <numerusform>この変更で設計にエラーが %n 件生じます。何も変更していません</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was applied to the run but not saved: %2</source>
        <translation>%1 は実行に適用しましたが、保存していません: %2</translation>
    </message>
    <message>
        <source>load balancer %1: %2</source>
        <translation>ロードバランサー %1: %2</translation>
    </message>
    <message>
        <source> (port %1 needs privileges; listening on %2)</source>
        <translation> (ポート %1 には特権が必要です。%2 で待ち受けます)</translation>
    </message>
    <message>
        <source>load balancer %1 from tasks: %2</source>
        <translation>タスクから見たロードバランサー %1: %2</translation>
    </message>
    <message>
        <source>%1 target %2:%3 (task %4) in %5: %6</source>
        <translation>%1 ターゲット %2:%3 (タスク %4)、%5 内: %6</translation>
    </message>
    <message>
        <source>berth: cannot run: %1</source>
        <translation>berth: 実行できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>berth %1: the design has %n error(s); &apos;berth validate %2&apos; lists them.</source>
        <translation>
            <numerusform>berth %1: 設計にエラーが %n 件あります。&apos;berth validate %2&apos; で一覧できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>berth %1: the design reaches beyond its containers:
</source>
        <translation>berth %1: 設計がコンテナの外に及んでいます:
</translation>
    </message>
    <message>
        <source>berth %1: not started; pass --allow-unsafe to run it anyway.</source>
        <translation>berth %1: 起動していません。それでも実行するには --allow-unsafe を付けてください。</translation>
    </message>
    <message>
        <source>berth %1: nothing to run: the design has no cluster and no service.</source>
        <translation>berth %1: 実行するものがありません: 設計にクラスターもサービスもありません。</translation>
    </message>
    <message>
        <source>berth %1: running with --allow-unsafe:
</source>
        <translation>berth %1: --allow-unsafe で実行しています:
</translation>
    </message>
    <message>
        <source>Runs the design on the local Docker engine with ECS semantics: services keep their desired count, tasks go through PROVISIONING ... STOPPED. Prints task state changes and service events. Ctrl-C stops and removes what the run started.</source>
        <translation>ローカルの Docker エンジンで設計を ECS と同じ動きで実行します: サービスは必要数を保ち、タスクは PROVISIONING ... STOPPED と進みます。タスクの状態変化とサービスイベントを出力します。Ctrl-C で停止し、実行が起動したものを削除します。</translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation>ウィンドウなしで実行する。</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>S 秒後に停止する。</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>1 行に 1 つの JSON オブジェクトを出力する。</translation>
    </message>
    <message>
        <source>Leave the containers running at the end.</source>
        <translation>終了時にコンテナを実行したままにする。</translation>
    </message>
    <message>
        <source>Serve ECS&apos;s API on this port (default 4080).</source>
        <translation>このポートで ECS の API を提供する (既定 4080)。</translation>
    </message>
    <message>
        <source>Serve ECS&apos;s API on this address instead of 127.0.0.1 (anyone who reaches it and has the credentials can change the run).</source>
        <translation>127.0.0.1 の代わりにこのアドレスで ECS の API を提供する (到達でき認証情報を持つ人は誰でも実行を変更できます)。</translation>
    </message>
    <message>
        <source>Do not serve ECS&apos;s API.</source>
        <translation>ECS の API を提供しない。</translation>
    </message>
    <message>
        <source>Print no progress (image builds and pulls) on stderr.</source>
        <translation>進行状況 (イメージのビルドとプル) を標準エラーに出力しない。</translation>
    </message>
    <message>
        <source>The project to run.</source>
        <translation>実行するプロジェクト。</translation>
    </message>
    <message>
        <source>berth run: name one project, e.g. &apos;berth run shop.berth --headless --duration 60&apos;</source>
        <translation>berth run: プロジェクトを 1 つ指定してください。例: &apos;berth run shop.berth --headless --duration 60&apos;</translation>
    </message>
    <message>
        <source>berth run: --api-port takes a port number and --api-address an IP address, e.g. --api-port 4080 --api-address 127.0.0.1</source>
        <translation>berth run: --api-port にはポート番号、--api-address には IP アドレスを指定します。例: --api-port 4080 --api-address 127.0.0.1</translation>
    </message>
    <message>
        <source>Runs a one-off task of a task definition, as &apos;aws ecs run-task&apos; does, and waits until it stops. Exit code 0 when every essential container exited with 0.</source>
        <translation>&apos;aws ecs run-task&apos; と同じようにタスク定義の単発タスクを実行し、停止するまで待ちます。すべての必須コンテナが 0 で終了したとき終了コード 0。</translation>
    </message>
    <message>
        <source>How many tasks.</source>
        <translation>タスクの数。</translation>
    </message>
    <message>
        <source>Override the command of the first container (repeat for each argument).</source>
        <translation>最初のコンテナのコマンドを上書きする (引数ごとに繰り返す)。</translation>
    </message>
    <message>
        <source>Add an environment variable to every container.</source>
        <translation>すべてのコンテナに環境変数を追加する。</translation>
    </message>
    <message>
        <source>The cluster.</source>
        <translation>クラスター。</translation>
    </message>
    <message>
        <source>Run even though the task reaches beyond its containers (see &apos;berth run --help&apos;).</source>
        <translation>タスクがコンテナの外に及んでいても実行する (&apos;berth run --help&apos; を参照)。</translation>
    </message>
    <message>
        <source>RunTask&apos;s overrides as the aws CLI takes them, e.g. &apos;{&quot;containerOverrides&quot;: [{&quot;name&quot;: &quot;web&quot;, &quot;command&quot;: [&quot;/demo&quot;, &quot;--version&quot;]}]}&apos;.</source>
        <translation>aws CLI と同じ形式の RunTask の overrides。例: &apos;{&quot;containerOverrides&quot;: [{&quot;name&quot;: &quot;web&quot;, &quot;command&quot;: [&quot;/demo&quot;, &quot;--version&quot;]}]}&apos;。</translation>
    </message>
    <message>
        <source>EC2 (default) or FARGATE.</source>
        <translation>EC2 (既定) または FARGATE。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>プロジェクト。</translation>
    </message>
    <message>
        <source>The task definition.</source>
        <translation>タスク定義。</translation>
    </message>
    <message>
        <source>berth run-task: name a project and a task definition, e.g. &apos;berth run-task shop.berth migrate --command /demo --command --version&apos;</source>
        <translation>berth run-task: プロジェクトとタスク定義を指定してください。例: &apos;berth run-task shop.berth migrate --command /demo --command --version&apos;</translation>
    </message>
    <message>
        <source>berth run-task: the project has no task definition %1</source>
        <translation>berth run-task: プロジェクトにタスク定義 %1 がありません</translation>
    </message>
    <message>
        <source>berth run-task: --launch-type is EC2 or FARGATE, not %1</source>
        <translation>berth run-task: --launch-type は EC2 か FARGATE です (%1 は不可)</translation>
    </message>
    <message>
        <source>berth run-task: --overrides is not a JSON object (column %1: %2)</source>
        <translation>berth run-task: --overrides が JSON オブジェクトではありません (%1 列目: %2)</translation>
    </message>
    <message>
        <source>berth run-task: --overrides: %1</source>
        <translation>berth run-task: --overrides: %1</translation>
    </message>
    <message>
        <source>Removes every container and task volume the project started, whichever run started them. The demo image stays.</source>
        <translation>どの実行が起動したかにかかわらず、プロジェクトが起動したすべてのコンテナとタスクボリュームを削除します。デモイメージは残します。</translation>
    </message>
    <message>
        <source>berth down: name one project, e.g. &apos;berth down shop.berth&apos;</source>
        <translation>berth down: プロジェクトを 1 つ指定してください。例: &apos;berth down shop.berth&apos;</translation>
    </message>
    <message>
        <source>berth down: %1</source>
        <translation>berth down: %1</translation>
    </message>
    <message numerus="yes">
        <source>removed %n container(s) of %1</source>
        <translation>
            <numerusform>%1 のコンテナを %n 個削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Value (not shown): </source>
        <translation>値 (表示されません): </translation>
    </message>
    <message>
        <source>berth secret: %1: %2</source>
        <translation>berth secret: %1: %2</translation>
    </message>
    <message>
        <source>berth secret set: name one KEY; the value is read from standard input, never from an argument</source>
        <translation>berth secret set: KEY を 1 つ指定してください。値は引数ではなく標準入力から読み込みます</translation>
    </message>
    <message>
        <source>berth secret set: the value is empty; nothing was stored</source>
        <translation>berth secret set: 値が空です。何も保存していません</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 を設定しました</translation>
    </message>
    <message>
        <source>berth secret delete: name one KEY</source>
        <translation>berth secret delete: KEY を 1 つ指定してください</translation>
    </message>
    <message>
        <source>%1 was not set</source>
        <translation>%1 は設定されていませんでした</translation>
    </message>
    <message>
        <source>%1 is deleted</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>GONE (no longer in the keychain)</source>
        <translation>消失 (キーチェーンにありません)</translation>
    </message>
    <message>
        <source>Berth has stored no secrets; &apos;berth secret set KEY&apos; stores one.</source>
        <translation>Berth が保存したシークレットはありません。&apos;berth secret set KEY&apos; で保存できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) gone from the keychain; &apos;berth secret set KEY&apos; stores one again, &apos;berth secret delete KEY&apos; forgets it.</source>
        <translation>
            <numerusform>%n 個のシークレットがキーチェーンから消えています。&apos;berth secret set KEY&apos; で保存し直すか、&apos;berth secret delete KEY&apos; で忘れさせてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 registry credentials</source>
        <translation>%1 %2 レジストリの認証情報</translation>
    </message>
    <message>
        <source>%1 %2 $%3</source>
        <translation>%1 %2 $%3</translation>
    </message>
    <message>
        <source>The project needs no secrets.</source>
        <translation>このプロジェクトにシークレットは不要です。</translation>
    </message>
    <message>
        <source>NOT SET</source>
        <translation>未設定</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) not set; &apos;berth secret set KEY&apos; sets one.</source>
        <translation>
            <numerusform>%n 個のシークレットが未設定です。&apos;berth secret set KEY&apos; で設定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret values in the OS keychain (service &quot;berth&quot;), never in a file.
  set KEY           store a value, read from standard input (typed unseen at a terminal)
  list              the keys Berth stored, marking those gone from the keychain
  list PROJECT...   the keys the projects need, and whether each is set
  delete KEY        remove a value
KEY is a secret&apos;s valueFrom (an SSM parameter or Secrets Manager ARN), a repositoryCredentials credentialsParameter, or registry:HOST for a registry&apos;s credentials ({&quot;username&quot;: ..., &quot;password&quot;: ...} or USER:PASSWORD).
Exit codes: 0 fine; 1 a secret is not set or gone; 2 bad usage or no keychain.</source>
        <translation>シークレットの値は OS のキーチェーン (サービス &quot;berth&quot;) に置き、ファイルには書きません。
  set KEY           値を保存する。標準入力から読み込む (端末では入力が表示されない)
  list              Berth が保存したキーと、キーチェーンから消えたもの
  list PROJECT...   プロジェクトが必要とするキーと、それぞれ設定済みかどうか
  delete KEY        値を削除する
KEY はシークレットの valueFrom (SSM パラメータまたは Secrets Manager の ARN)、repositoryCredentials の credentialsParameter、またはレジストリの認証情報を表す registry:HOST ({&quot;username&quot;: ..., &quot;password&quot;: ...} または USER:PASSWORD) です。
終了コード: 0 正常、1 シークレットが未設定または消失、2 使い方の誤りまたはキーチェーンがない。</translation>
    </message>
    <message>
        <source>list: print the keys as JSON (never the values).</source>
        <translation>list: キーを JSON で出力する (値は出力しない)。</translation>
    </message>
    <message>
        <source>set, list or delete.</source>
        <translation>set、list または delete。</translation>
    </message>
    <message>
        <source>The secret&apos;s key; for list, projects (optional).</source>
        <translation>シークレットのキー。list ではプロジェクト (省略可)。</translation>
    </message>
    <message>
        <source>berth secret: --json is for &apos;berth secret list&apos;</source>
        <translation>berth secret: --json は &apos;berth secret list&apos; 用です</translation>
    </message>
    <message>
        <source>berth secret: say what to do: &apos;berth secret set KEY&apos;, &apos;berth secret list [PROJECT]&apos; or &apos;berth secret delete KEY&apos;</source>
        <translation>berth secret: 何をするか指定してください: &apos;berth secret set KEY&apos;、&apos;berth secret list [PROJECT]&apos; または &apos;berth secret delete KEY&apos;</translation>
    </message>
    <message>
        <source>Updates a service in the project file, as &apos;aws ecs update-service&apos; does. A &apos;berth run&apos; of the project picks the change up at once: a new desired count scales, a new task definition revision or --force-new-deployment starts a rolling deployment.</source>
        <translation>&apos;aws ecs update-service&apos; と同じようにプロジェクトファイル内のサービスを更新します。プロジェクトを &apos;berth run&apos; で実行中なら、変更はすぐに反映されます: 必要数を変えるとスケールし、タスク定義の新しいリビジョンか --force-new-deployment でローリングデプロイが始まります。</translation>
    </message>
    <message>
        <source>The number of tasks to keep running.</source>
        <translation>実行し続けるタスクの数。</translation>
    </message>
    <message>
        <source>The revision to deploy.</source>
        <translation>デプロイするリビジョン。</translation>
    </message>
    <message>
        <source>Replace every task with a new one of the same revision.</source>
        <translation>すべてのタスクを同じリビジョンの新しいタスクに置き換える。</translation>
    </message>
    <message>
        <source>Print the updated service as JSON.</source>
        <translation>更新したサービスを JSON で出力する。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>プロジェクトファイル。</translation>
    </message>
    <message>
        <source>The service.</source>
        <translation>サービス。</translation>
    </message>
    <message>
        <source>berth service: name a project and a service and say what changes, e.g. &apos;berth service shop.berth web --desired-count 3&apos;</source>
        <translation>berth service: プロジェクトとサービス、変更内容を指定してください。例: &apos;berth service shop.berth web --desired-count 3&apos;</translation>
    </message>
    <message>
        <source>berth service: %1: %2</source>
        <translation>berth service: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>berth service: the change would give the design %n error(s); the file is unchanged.</source>
        <translation>
            <numerusform>berth service: この変更で設計にエラーが %n 件生じます。ファイルは変更していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>berth service: cannot save %1: %2</source>
        <translation>berth service: %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>service %1: desiredCount %2, taskDefinition %3</source>
        <translation>サービス %1: desiredCount %2、taskDefinition %3</translation>
    </message>
    <message>
        <source>ECS&apos;s API, served while a run is on (&apos;berth run&apos;, or Run in the window).
  env          print the shell lines that point the aws CLI and the SDKs at it:
               eval &quot;$(berth api env)&quot;
               aws --endpoint-url http://127.0.0.1:4080 ecs list-clusters
  operations   list the ECS operations it answers</source>
        <translation>実行中 (&apos;berth run&apos; またはウィンドウの「実行」) に提供される ECS の API。
  env          aws CLI と SDK の接続先をここにするシェルの行を出力する:
               eval &quot;$(berth api env)&quot;
               aws --endpoint-url http://127.0.0.1:4080 ecs list-clusters
  operations   応答する ECS のオペレーションを一覧する</translation>
    </message>
    <message>
        <source>The API&apos;s port (default 4080).</source>
        <translation>API のポート (既定 4080)。</translation>
    </message>
    <message>
        <source>The region the CLI names (default us-east-1).</source>
        <translation>CLI に渡すリージョン (既定 us-east-1)。</translation>
    </message>
    <message>
        <source>What to print.</source>
        <translation>出力する内容。</translation>
    </message>
    <message>
        <source>berth api: say what to print, e.g. &apos;berth api env&apos; or &apos;berth api operations&apos;</source>
        <translation>berth api: 出力する内容を指定してください。例: &apos;berth api env&apos; または &apos;berth api operations&apos;</translation>
    </message>
    <message>
        <source>berth api: &apos;%1&apos; is not something it prints; try &apos;env&apos; or &apos;operations&apos;</source>
        <translation>berth api: &apos;%1&apos; は出力できません。&apos;env&apos; か &apos;operations&apos; を指定してください</translation>
    </message>
    <message>
        <source>a desktop studio for ECS-style container clusters</source>
        <translation>ECS 形式のコンテナクラスターのデスクトップスタジオ</translation>
    </message>
    <message>
        <source>Berth designs, checks and runs Amazon ECS-style clusters: task definitions, services, container instances and load balancers, run on the local Docker engine with ECS semantics.
Without a command, or with the name of a .berth project, berth opens the window. A first word that is neither a command nor a file is an error (exit code 2), with the closest command suggested.
Results go to standard output, progress and errors to standard error. The --json forms are stable: keys are never renamed or removed; new keys may be added.
Every command takes --help (or &apos;berth help COMMAND&apos;) for its usage.</source>
        <translation>Berth は Amazon ECS 形式のクラスター (タスク定義、サービス、コンテナインスタンス、ロードバランサー) を設計、検証し、ローカルの Docker エンジンで ECS と同じ動きで実行します。
コマンドなし、または .berth プロジェクトの名前を付けると、berth はウィンドウを開きます。最初の語がコマンドでもファイルでもなければエラー (終了コード 2) になり、最も近いコマンドを示します。
結果は標準出力に、進行状況とエラーは標準エラーに出力します。--json の形式は安定しています: キーの名前を変えたり削除したりはせず、新しいキーが加わることがあります。
どのコマンドも --help (または &apos;berth help COMMAND&apos;) で使い方を表示します。</translation>
    </message>
    <message>
        <source>Fine.</source>
        <translation>正常。</translation>
    </message>
    <message>
        <source>The design has errors: for plan, a task cannot be placed or a deployment would stall; for run-task, an essential container exited non-zero; for secret list, a secret is not set.</source>
        <translation>設計にエラーがある: plan ではタスクを配置できないかデプロイが止まる、run-task では必須コンテナが 0 以外で終了した、secret list ではシークレットが未設定。</translation>
    </message>
    <message>
        <source>Bad usage, an unknown command, unreadable input, or Docker or the keychain not reachable.</source>
        <translation>使い方の誤り、不明なコマンド、読めない入力、または Docker かキーチェーンに到達できない。</translation>
    </message>
    <message>
        <source>The Docker daemon to run on (default: the local socket).</source>
        <translation>実行に使う Docker デーモン (既定: ローカルのソケット)。</translation>
    </message>
    <message>
        <source>Berth&apos;s settings, with the names (never the values) of the secrets &apos;berth secret set&apos; stored in the OS keychain.</source>
        <translation>Berth の設定。&apos;berth secret set&apos; が OS のキーチェーンに保存したシークレットの名前 (値は含まない) を含みます。</translation>
    </message>
    <message>
        <source>Writes the design for another engine. ecs (the default): register-ready task definitions (for &apos;aws ecs register-task-definition --cli-input-json file://FILE&apos;) and create-service inputs. swarm: a Docker Swarm stack file, stack.yml (for &apos;docker stack deploy -c stack.yml&apos; or &apos;berth deploy --swarm&apos;). cloudformation: one CloudFormation template with the cluster, services and load balancers. What the engine cannot say is printed as warnings.</source>
        <translation>設計を別のエンジン向けに書き出します。ecs (既定): 登録できるタスク定義 (&apos;aws ecs register-task-definition --cli-input-json file://FILE&apos; 用) と create-service の入力。swarm: Docker Swarm のスタックファイル stack.yml (&apos;docker stack deploy -c stack.yml&apos; または &apos;berth deploy --swarm&apos; 用)。cloudformation: クラスター、サービス、ロードバランサーを含む CloudFormation テンプレート 1 つ。エンジンで表せないものは警告として出力します。</translation>
    </message>
    <message>
        <source>ecs, swarm or cloudformation (default: ecs).</source>
        <translation>ecs、swarm または cloudformation (既定: ecs)。</translation>
    </message>
    <message>
        <source>swarm: leave CPU and memory reservations out, for a swarm smaller than the design&apos;s cluster (limits stay).</source>
        <translation>swarm: 設計のクラスターより小さい Swarm 向けに、CPU とメモリの予約を省く (制限は残す)。</translation>
    </message>
    <message>
        <source>berth export: unknown format &quot;%1&quot;; use ecs, swarm or cloudformation</source>
        <translation>berth export: 不明な形式 &quot;%1&quot;。ecs、swarm または cloudformation を使ってください</translation>
    </message>
    <message numerus="yes">
        <source>warning: the design has %n error(s); the engine may reject what was exported. Run &apos;berth validate %1&apos;.</source>
        <translation>
            <numerusform>警告: 設計にエラーが %n 件あります。書き出したものをエンジンが拒否する可能性があります。&apos;berth validate %1&apos; を実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source> (+%n old)</source>
        <translation>
            <numerusform> (古いもの +%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>running: </source>
        <translation>実行中: </translation>
    </message>
    <message>
        <source>Deploys the design to a Docker Swarm through the Engine API of a swarm manager, as the stack that &apos;berth export --format swarm&apos; writes, and waits until every service runs its replicas. Services and networks are named and labelled as &apos;docker stack deploy&apos; does, so &apos;docker stack ps STACK&apos; shows them. Swarm schedules: the ECS strategies it cannot follow are printed as warnings.</source>
        <translation>設計を Swarm マネージャーの Engine API を通じて Docker Swarm にデプロイし (&apos;berth export --format swarm&apos; が書き出すスタックとして)、すべてのサービスがレプリカを実行するまで待ちます。サービスとネットワークには &apos;docker stack deploy&apos; と同じ名前とラベルを付けるので、&apos;docker stack ps STACK&apos; で表示できます。スケジューリングは Swarm が行います: Swarm が従えない ECS の配置戦略は警告として出力します。</translation>
    </message>
    <message>
        <source>Deploy to a Docker Swarm (the only target so far).</source>
        <translation>Docker Swarm にデプロイする (現在はこれだけ)。</translation>
    </message>
    <message>
        <source>The swarm manager: unix:///PATH or tcp://HOST:PORT (default: DOCKER_HOST, else the local socket). For TLS set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the folder of ca.pem, cert.pem and key.pem, as for the docker CLI.</source>
        <translation>Swarm マネージャー: unix:///PATH または tcp://HOST:PORT (既定: DOCKER_HOST、なければローカルのソケット)。TLS では docker CLI と同じく DOCKER_TLS_VERIFY=1 と、ca.pem、cert.pem、key.pem のあるフォルダーを DOCKER_CERT_PATH に設定します。</translation>
    </message>
    <message>
        <source>Take the TLS client certificate for a tcp:// manager from the OS keychain: docker-tls:HOST:PORT:ca.pem, :cert.pem and :key.pem, stored with &apos;berth secret set KEY &lt; FILE&apos;.</source>
        <translation>tcp:// マネージャー用の TLS クライアント証明書を OS のキーチェーンから取る: docker-tls:HOST:PORT:ca.pem、:cert.pem、:key.pem (&apos;berth secret set KEY &lt; FILE&apos; で保存)。</translation>
    </message>
    <message>
        <source>The stack&apos;s name (default: the project&apos;s name).</source>
        <translation>スタックの名前 (既定: プロジェクトの名前)。</translation>
    </message>
    <message>
        <source>Remove the stack instead, and wait until its containers are gone.</source>
        <translation>代わりにスタックを削除し、そのコンテナがなくなるまで待つ。</translation>
    </message>
    <message>
        <source>Label the swarm&apos;s nodes with the design&apos;s instance attributes first (ecs.availability-zone, ecs.instance-type, custom ones), instance by instance in node hostname order.</source>
        <translation>先に Swarm のノードに設計のインスタンスの属性 (ecs.availability-zone、ecs.instance-type、カスタム属性) のラベルを付ける。ノードのホスト名の順にインスタンスを 1 つずつ対応させます。</translation>
    </message>
    <message>
        <source>Leave CPU and memory reservations out, for a swarm smaller than the design&apos;s cluster (one laptop). Limits stay.</source>
        <translation>設計のクラスターより小さい Swarm (ノート PC 1 台など) 向けに、CPU とメモリの予約を省く。制限は残します。</translation>
    </message>
    <message>
        <source>Return once the services are created.</source>
        <translation>サービスを作成したら戻る。</translation>
    </message>
    <message>
        <source>Seconds to wait for the stack to converge (default 300).</source>
        <translation>スタックが収束するまで待つ秒数 (既定 300)。</translation>
    </message>
    <message>
        <source>The project to deploy.</source>
        <translation>デプロイするプロジェクト。</translation>
    </message>
    <message>
        <source>berth deploy: name a project and the target, e.g. &apos;berth deploy shop.berth --swarm&apos;</source>
        <translation>berth deploy: プロジェクトとデプロイ先を指定してください。例: &apos;berth deploy shop.berth --swarm&apos;</translation>
    </message>
    <message>
        <source>berth deploy: --timeout takes a number of seconds, e.g. --timeout 120</source>
        <translation>berth deploy: --timeout には秒数を指定します。例: --timeout 120</translation>
    </message>
    <message>
        <source>berth deploy: &quot;%1&quot; is not a stack name Docker takes; use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, e.g. --stack %2</source>
        <translation>berth deploy: &quot;%1&quot; は Docker が受け付けるスタック名ではありません。英小文字、数字、&apos;-&apos;、&apos;_&apos; を使ってください。例: --stack %2</translation>
    </message>
    <message>
        <source>Removed stack %1 from %2 in %3 s</source>
        <translation>スタック %1 を %2 から %3 秒で削除しました</translation>
    </message>
    <message numerus="yes">
        <source>the design has %n error(s); run &apos;berth validate %1&apos; and fix them first</source>
        <translation>
            <numerusform>設計にエラーが %n 件あります。&apos;berth validate %1&apos; を実行し、先に直してください</numerusform>
        </translation>
    </message>
    <message>
        <source>labelled %1</source>
        <translation>%1 にラベルを付けました</translation>
    </message>
    <message>
        <source>Deploying stack %1 to %2</source>
        <translation>スタック %1 を %2 にデプロイしています</translation>
    </message>
    <message numerus="yes">
        <source>Stack %1 converged in %2 s: %n replica(s) running. See &apos;docker stack ps %1&apos;; &apos;%3 --remove&apos; removes it.</source>
        <translation>
            <numerusform>スタック %1 は %2 秒で収束しました: レプリカ %n 個が実行中です。&apos;docker stack ps %1&apos; で確認でき、&apos;%3 --remove&apos; で削除できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>berth %1: %2 runs, but its API keys could not be read from the keychain (%3); set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from &apos;berth api env&apos; and try again</source>
        <translation>berth %1: %2 は実行中ですが、その API キーをキーチェーンから読み込めませんでした (%3)。&apos;berth api env&apos; の AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定してもう一度試してください</translation>
    </message>
    <message>
        <source>berth run-task: the run refused the task: %1%2</source>
        <translation>berth run-task: 実行がタスクを拒否しました: %1%2</translation>
    </message>
    <message>
        <source>berth run-task: not placed: %1</source>
        <translation>berth run-task: 配置されませんでした: %1</translation>
    </message>
    <message>
        <source>started task %1 in the running design (%2)</source>
        <translation>実行中の設計でタスク %1 を開始しました (%2)</translation>
    </message>
    <message>
        <source>berth run-task: the run stopped answering: %1</source>
        <translation>berth run-task: 実行が応答しなくなりました: %1</translation>
    </message>
    <message numerus="yes">
        <source>berth run-task: the run no longer knows %n of the tasks</source>
        <translation>
            <numerusform>berth run-task: 実行はタスクのうち %n 個をもう把握していません</numerusform>
        </translation>
    </message>
    <message>
        <source>Stops a task of the project&apos;s running design, as &apos;aws ecs stop-task&apos; does: desiredStatus STOPPED, stop code UserInitiated. The design must be running (in the window or with &apos;berth run&apos;).</source>
        <translation>&apos;aws ecs stop-task&apos; と同じように、プロジェクトの実行中の設計のタスクを停止します: desiredStatus STOPPED、停止コード UserInitiated。設計が実行中 (ウィンドウまたは &apos;berth run&apos;) である必要があります。</translation>
    </message>
    <message>
        <source>The reason shown as the task&apos;s stoppedReason.</source>
        <translation>タスクの stoppedReason として表示する理由。</translation>
    </message>
    <message>
        <source>The task&apos;s cluster.</source>
        <translation>タスクのクラスター。</translation>
    </message>
    <message>
        <source>The task&apos;s id or ARN.</source>
        <translation>タスクの ID または ARN。</translation>
    </message>
    <message>
        <source>berth stop-task: name a project and a task, e.g. &apos;berth stop-task shop.berth 0a1b2c3d4e5f60718293a4b5c6d7e8f9 --reason &quot;scaling down&quot;&apos;</source>
        <translation>berth stop-task: プロジェクトとタスクを指定してください。例: &apos;berth stop-task shop.berth 0a1b2c3d4e5f60718293a4b5c6d7e8f9 --reason &quot;scaling down&quot;&apos;</translation>
    </message>
    <message>
        <source>berth stop-task: %1 is not running; start it with &apos;berth run %1 --headless&apos; or in the window</source>
        <translation>berth stop-task: %1 は実行されていません。&apos;berth run %1 --headless&apos; かウィンドウで開始してください</translation>
    </message>
    <message>
        <source>berth stop-task: %1%2</source>
        <translation>berth stop-task: %1%2</translation>
    </message>
    <message>
        <source>task %1: desired status %2 (%3)</source>
        <translation>タスク %1: desired status %2 (%3)</translation>
    </message>
    <message>
        <source>berth registry start: %1</source>
        <translation>berth registry start: %1</translation>
    </message>
    <message>
        <source>The registry runs already at %1 (pid %2).</source>
        <translation>レジストリはすでに %1 で実行中です (pid %2)。</translation>
    </message>
    <message>
        <source>The registry serves at %1 (pid %2).</source>
        <translation>レジストリは %1 で提供しています (pid %2)。</translation>
    </message>
    <message>
        <source>Images: %1. Log in as ECR users do, with the password from the keychain:</source>
        <translation>イメージ: %1。ECR のユーザーと同じように、キーチェーンのパスワードでログインします:</translation>
    </message>
    <message>
        <source>Stop it with &apos;berth registry stop&apos;.</source>
        <translation>&apos;berth registry stop&apos; で停止できます。</translation>
    </message>
    <message>
        <source>berth registry stop: %1</source>
        <translation>berth registry stop: %1</translation>
    </message>
    <message>
        <source>The registry at %1 is stopped; its images stay in %2.</source>
        <translation>%1 のレジストリを停止しました。イメージは %2 に残ります。</translation>
    </message>
    <message>
        <source>The registry at %1 was not running.</source>
        <translation>%1 のレジストリは実行されていませんでした。</translation>
    </message>
    <message>
        <source>The registry runs at %1 (pid %2)%3; images in %4.</source>
        <translation>レジストリは %1 で実行中です (pid %2)%3。イメージは %4 にあります。</translation>
    </message>
    <message>
        <source> but does not answer</source>
        <translation> (ただし応答しません)</translation>
    </message>
    <message>
        <source>The registry at %1 is not running; &apos;berth registry start&apos; starts it.</source>
        <translation>%1 のレジストリは実行されていません。&apos;berth registry start&apos; で開始できます。</translation>
    </message>
    <message>
        <source>berth registry login-password: %1</source>
        <translation>berth registry login-password: %1</translation>
    </message>
    <message>
        <source>berth %1: %2 names the registry of account %3 in %4; this one is %5 in %6 (--project PROJECT takes a project&apos;s)</source>
        <translation>berth %1: %2 はリージョン %4 のアカウント %3 のレジストリを指していますが、このレジストリは %6 の %5 です (--project PROJECT でプロジェクトのものを使えます)</translation>
    </message>
    <message>
        <source>berth %1: &apos;%2&apos; is not REPOSITORY:TAG (lower-case repository name, tag of letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;)</source>
        <translation>berth %1: &apos;%2&apos; は REPOSITORY:TAG ではありません (小文字のリポジトリ名と、英字、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; のタグ)</translation>
    </message>
    <message>
        <source>berth image build: name one folder with a Dockerfile and --tag REPOSITORY:TAG</source>
        <translation>berth image build: Dockerfile のあるフォルダーを 1 つと --tag REPOSITORY:TAG を指定してください</translation>
    </message>
    <message>
        <source>berth image build: %1 has no Dockerfile</source>
        <translation>berth image build: %1 に Dockerfile がありません</translation>
    </message>
    <message>
        <source>berth image build: %1</source>
        <translation>berth image build: %1</translation>
    </message>
    <message>
        <source>Built %1 (%2). &apos;berth image push %3:%4&apos; pushes it to the local registry.</source>
        <translation>%1 をビルドしました (%2)。&apos;berth image push %3:%4&apos; でローカルのレジストリにプッシュできます。</translation>
    </message>
    <message>
        <source>berth image push: name one REPOSITORY:TAG</source>
        <translation>berth image push: REPOSITORY:TAG を 1 つ指定してください</translation>
    </message>
    <message>
        <source>berth image push: %1</source>
        <translation>berth image push: %1</translation>
    </message>
    <message>
        <source>Pushed %1 as %2 (%3).</source>
        <translation>%1 を %2 としてプッシュしました (%3)。</translation>
    </message>
    <message>
        <source>berth image pull: name one REPOSITORY:TAG</source>
        <translation>berth image pull: REPOSITORY:TAG を 1 つ指定してください</translation>
    </message>
    <message>
        <source>berth image pull: %1</source>
        <translation>berth image pull: %1</translation>
    </message>
    <message>
        <source>berth image pull: CannotPullContainerError: %1</source>
        <translation>berth image pull: CannotPullContainerError: %1</translation>
    </message>
    <message>
        <source>Pulled %1 as %2.</source>
        <translation>%1 を %2 としてプルしました。</translation>
    </message>
    <message>
        <source>berth image list: name one REPOSITORY</source>
        <translation>berth image list: REPOSITORY を 1 つ指定してください</translation>
    </message>
    <message>
        <source>berth image list: %1</source>
        <translation>berth image list: %1</translation>
    </message>
    <message>
        <source>berth image list: %1: %2</source>
        <translation>berth image list: %1: %2</translation>
    </message>
    <message>
        <source>(pushed outside Berth)</source>
        <translation>(Berth の外でプッシュ)</translation>
    </message>
    <message>
        <source>The repository %1 holds no images.</source>
        <translation>リポジトリ %1 にイメージはありません。</translation>
    </message>
    <message>
        <source>The local image registry that stands in for ECR (Debian&apos;s docker-registry on 127.80.0.1:5000, user AWS, password in the OS keychain).
  start            start it (it keeps running after this command)
  stop             stop it; the images stay
  status           whether it runs and answers
  login-password   print its password, for docker login --password-stdin
BERTH_REGISTRY_ADDRESS=HOST:PORT and BERTH_REGISTRY_DIR choose another address and folder.
Exit codes: 0 fine; 1 status: not running; 2 bad usage or it cannot start.</source>
        <translation>ECR の代わりになるローカルのイメージレジストリ (127.80.0.1:5000 の Debian の docker-registry、ユーザー AWS、パスワードは OS のキーチェーン)。
  start            起動する (このコマンドのあとも動き続ける)
  stop             停止する。イメージは残る
  status           動いていて応答するかどうか
  login-password   docker login --password-stdin 用にパスワードを出力する
BERTH_REGISTRY_ADDRESS=HOST:PORT と BERTH_REGISTRY_DIR で別のアドレスとフォルダーを選べます。
終了コード: 0 正常、1 status: 実行されていない、2 使い方の誤りまたは起動できない。</translation>
    </message>
    <message>
        <source>status: print it as JSON.</source>
        <translation>status: JSON で出力する。</translation>
    </message>
    <message>
        <source>start, stop, status or login-password.</source>
        <translation>start、stop、status または login-password。</translation>
    </message>
    <message>
        <source>berth registry: say what to do: start, stop, status or login-password</source>
        <translation>berth registry: 何をするか指定してください: start、stop、status または login-password</translation>
    </message>
    <message>
        <source>Images in the local registry, named as ECR names them (ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPOSITORY:TAG).
  build DIR --tag REPOSITORY:TAG   build DIR&apos;s Dockerfile through the Docker Engine API
  push REPOSITORY:TAG              push it to the local registry (started when needed; the repository is made when missing)
  pull REPOSITORY:TAG              pull it from the local registry and name it as ECR does, as a run does
  list REPOSITORY                  tags, digest, size and pushed-at
Exit codes: 0 fine; 1 the build or push failed; 2 bad usage.</source>
        <translation>ローカルのレジストリのイメージ。ECR と同じ名前 (ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPOSITORY:TAG) で扱います。
  build DIR --tag REPOSITORY:TAG   DIR の Dockerfile を Docker Engine API でビルドする
  push REPOSITORY:TAG              ローカルのレジストリにプッシュする (必要なら起動し、リポジトリがなければ作成する)
  pull REPOSITORY:TAG              ローカルのレジストリからプルし、実行と同じく ECR の名前を付ける
  list REPOSITORY                  タグ、ダイジェスト、サイズ、プッシュ日時
終了コード: 0 正常、1 ビルドまたはプッシュに失敗、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>build: the image&apos;s REPOSITORY:TAG.</source>
        <translation>build: イメージの REPOSITORY:TAG。</translation>
    </message>
    <message>
        <source>Take the account and Region from this project (default 123456789012, us-east-1).</source>
        <translation>アカウントとリージョンをこのプロジェクトから取る (既定 123456789012、us-east-1)。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON で出力する。</translation>
    </message>
    <message>
        <source>build, push, pull or list.</source>
        <translation>build、push、pull または list。</translation>
    </message>
    <message>
        <source>The folder, REPOSITORY:TAG or REPOSITORY.</source>
        <translation>フォルダー、REPOSITORY:TAG または REPOSITORY。</translation>
    </message>
    <message>
        <source>berth image: say what to do: build, push, pull or list</source>
        <translation>berth image: 何をするか指定してください: build、push、pull または list</translation>
    </message>
    <message>
        <source>Run even though the design reaches beyond its containers (privileged, host mounts, host pid/ipc, added capabilities, a daemon over plain TCP).</source>
        <translation>設計がコンテナの外に及んでいても実行する (privileged、ホストのマウント、host の pid/ipc、追加の capabilities、平文 TCP のデーモン)。</translation>
    </message>
    <message>
        <source>The lab clock: ECS&apos;s delays (alarm periods, cooldowns, the start-failure back-off, the deregistration delay) run N times faster, e.g. 60 makes a one-minute alarm period one second (default 1, or BERTH_TIME_SCALE).</source>
        <translation>ラボの時計: ECS の待ち時間 (アラームの期間、クールダウン、起動失敗時のバックオフ、登録解除の遅延) を N 倍速く進めます。たとえば 60 なら 1 分のアラーム期間が 1 秒になります (既定は 1、または BERTH_TIME_SCALE)。</translation>
    </message>
    <message>
        <source>berth run: --time-scale takes a number from 1 to 3600, e.g. --time-scale 60</source>
        <translation>berth run: --time-scale には 1 から 3600 までの数を指定してください (例: --time-scale 60)</translation>
    </message>
    <message>
        <source>Lab clock: ECS&apos;s delays run %1 times faster (a one-minute alarm period takes %2 s, a 300 s cooldown %3 s); what Berth prints states ECS&apos;s times.</source>
        <translation>ラボの時計: ECS の待ち時間を %1 倍速く進めます (1 分のアラーム期間は %2 秒、300 秒のクールダウンは %3 秒)。Berth の表示は ECS の時間のままです。</translation>
    </message>
    <message>
        <source>berth lab: there is no lab &apos;%1&apos;; &apos;berth lab list&apos; lists them</source>
        <translation>berth lab: ラボ &apos;%1&apos; はありません。&apos;berth lab list&apos; でラボの一覧を表示できます</translation>
    </message>
    <message>
        <source>berth lab: cannot save %1: %2</source>
        <translation>berth lab: %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>berth lab: no labs found in %1; set BERTH_LABS_DIR to a folder of labs</source>
        <translation>berth lab: %1 にラボが見つかりません。BERTH_LABS_DIR にラボのフォルダーを設定してください</translation>
    </message>
    <message>
        <source>(does not load: &apos;berth lab check %1&apos; says why)</source>
        <translation>(読み込めません。理由は &apos;berth lab check %1&apos; で確認できます)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n ステップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step %1 of %2: %3 (%n point(s))</source>
        <translation>
            <numerusform>ステップ %1/%2: %3 (%n 点)</numerusform>
        </translation>
    </message>
    <message>
        <source>Classroom labs: a prepared design, small steps checked against the design, its plan and what really runs, hints, catch-up and a grade for the teacher.
  lab list                          the labs
  lab start LAB [--dir DIR]         copy the starting design, show step 1
  lab show LAB [STEP]               a step&apos;s instructions
  lab hint LAB STEP                 the next hint (costs points)
  lab check LAB [--junit FILE]      check every step, save the result
  lab solve LAB --through STEP      catch up: apply the solutions
  lab grade RESULT... --csv FILE    the teacher&apos;s gradebook</source>
        <translation>教室向けラボ: 用意された設計から始め、小さなステップごとに設計、配置プラン、実際に実行されているものに対してチェックし、ヒント、追いつき、教師向けの採点を提供します。
  lab list                          ラボの一覧
  lab start LAB [--dir DIR]         開始時の設計をコピーし、ステップ 1 を表示
  lab show LAB [STEP]               ステップの説明
  lab hint LAB STEP                 次のヒント (点数が減ります)
  lab check LAB [--junit FILE]      すべてのステップをチェックし、結果を保存
  lab solve LAB --through STEP      追いつき: 解答を適用
  lab grade RESULT... --csv FILE    教師用の成績表</translation>
    </message>
    <message>
        <source>Where &apos;lab start&apos; puts the design (default: here).</source>
        <translation>&apos;lab start&apos; が設計を置く場所 (既定: 現在のフォルダー)。</translation>
    </message>
    <message>
        <source>The student&apos;s project (default: LAB.berth here).</source>
        <translation>受講者のプロジェクト (既定: 現在のフォルダーの LAB.berth)。</translation>
    </message>
    <message>
        <source>Also write the result as JUnit XML.</source>
        <translation>結果を JUnit XML でも書き出します。</translation>
    </message>
    <message>
        <source>The student&apos;s name (default: the user&apos;s); it chooses the lab&apos;s per-student values.</source>
        <translation>受講者の名前 (既定: ユーザー名)。受講者ごとのラボの値はこの名前から決まります。</translation>
    </message>
    <message>
        <source>The last step &apos;lab solve&apos; completes.</source>
        <translation>&apos;lab solve&apos; が完了させる最後のステップ。</translation>
    </message>
    <message>
        <source>The gradebook &apos;lab grade&apos; writes.</source>
        <translation>&apos;lab grade&apos; が書き出す成績表。</translation>
    </message>
    <message>
        <source>Ask each check once, without its wait.</source>
        <translation>各チェックを待機なしで 1 回だけ実行します。</translation>
    </message>
    <message>
        <source>list, start, show, hint, check, solve or grade.</source>
        <translation>list、start、show、hint、check、solve、grade のいずれか。</translation>
    </message>
    <message>
        <source>The lab&apos;s id or folder.</source>
        <translation>ラボの ID またはフォルダー。</translation>
    </message>
    <message>
        <source>berth lab grade: name the result files and --csv, e.g. &apos;berth lab grade */*.lab.json --csv grades.csv&apos;</source>
        <translation>berth lab grade: 結果ファイルと --csv を指定してください。例: &apos;berth lab grade */*.lab.json --csv grades.csv&apos;</translation>
    </message>
    <message>
        <source>a result is the LAB.lab.json that &apos;berth lab check&apos; writes beside the student&apos;s project</source>
        <translation>結果ファイルは、&apos;berth lab check&apos; が受講者のプロジェクトの隣に書き出す LAB.lab.json です</translation>
    </message>
    <message>
        <source>berth lab grade: cannot write %1: %2</source>
        <translation>berth lab grade: %1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) graded in %1</source>
        <translation>
            <numerusform>%n 人の受講者を %1 に採点しました</numerusform>
        </translation>
    </message>
    <message>
        <source>berth lab: say what to do, e.g. &apos;berth lab list&apos;, &apos;berth lab start building-blocks&apos; or &apos;berth lab check building-blocks&apos;</source>
        <translation>berth lab: 何をするか指定してください。例: &apos;berth lab list&apos;、&apos;berth lab start building-blocks&apos;、&apos;berth lab check building-blocks&apos;</translation>
    </message>
    <message>
        <source>berth lab: &apos;%1&apos; has no step &apos;%2&apos;; its steps: %3</source>
        <translation>berth lab: &apos;%1&apos; にステップ &apos;%2&apos; はありません。ステップ: %3</translation>
    </message>
    <message>
        <source>berth lab start: cannot make the folder %1</source>
        <translation>berth lab start: フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>berth lab start: %1 exists already: go on with it (&apos;berth lab check %2&apos;), or move it away to start again</source>
        <translation>berth lab start: %1 はすでにあります。続けるか (&apos;berth lab check %2&apos;)、最初からやり直すなら別の場所に移動してください</translation>
    </message>
    <message>
        <source>berth lab start: cannot copy the starting design to %1</source>
        <translation>berth lab start: 開始時の設計を %1 にコピーできません</translation>
    </message>
    <message>
        <source>Your design: %1</source>
        <translation>あなたの設計: %1</translation>
    </message>
    <message>
        <source>When you are done: &apos;berth lab check %1 --project %2&apos;</source>
        <translation>終わったら: &apos;berth lab check %1 --project %2&apos;</translation>
    </message>
    <message>
        <source>berth lab hint: name the step, e.g. &apos;berth lab hint %1 %2&apos;</source>
        <translation>berth lab hint: ステップを指定してください。例: &apos;berth lab hint %1 %2&apos;</translation>
    </message>
    <message>
        <source>This step has no hints.</source>
        <translation>このステップにヒントはありません。</translation>
    </message>
    <message>
        <source>No more hints for this step.</source>
        <translation>このステップのヒントはこれ以上ありません。</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>ヒント %1: %2</translation>
    </message>
    <message>
        <source>Hint %1 of %2: %3</source>
        <translation>ヒント %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The step is now worth %n point(s).</source>
        <translation>
            <numerusform>このステップの点数は %n 点になりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;berth lab start %1&apos; copies the lab&apos;s starting design here; --project names a design elsewhere</source>
        <translation>&apos;berth lab start %1&apos; でラボの開始時の設計をここにコピーできます。別の場所の設計は --project で指定します</translation>
    </message>
    <message>
        <source>berth lab solve: say up to which step, e.g. --through %1</source>
        <translation>berth lab solve: どのステップまでか指定してください。例: --through %1</translation>
    </message>
    <message>
        <source>berth lab solve: &apos;%1&apos; has no step &apos;%2&apos;</source>
        <translation>berth lab solve: &apos;%1&apos; にステップ &apos;%2&apos; はありません</translation>
    </message>
    <message>
        <source>step %1: done already</source>
        <translation>ステップ %1: 完了済み</translation>
    </message>
    <message>
        <source>berth lab solve: step %1: %2</source>
        <translation>berth lab solve: ステップ %1: %2</translation>
    </message>
    <message>
        <source>berth lab solve: cannot save %1: %2</source>
        <translation>berth lab solve: %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>step %1: caught up (no points for it)</source>
        <translation>ステップ %1: 追いつきました (このステップは 0 点)</translation>
    </message>
    <message>
        <source>PASS  %1. %2 (%3/%4)</source>
        <translation>合格    %1. %2 (%3/%4)</translation>
    </message>
    <message>
        <source>FAIL  %1. %2: %3</source>
        <translation>不合格  %1. %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%2 点中 %1 点</translation>
    </message>
    <message>
        <source>berth lab check: cannot write %1: %2</source>
        <translation>berth lab check: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The lab&apos;s files: %1</source>
        <translation>ラボのファイル: %1</translation>
    </message>
    <message>
        <source>Usage: berth [FILE]                      open the window
       berth validate FILE... [--json]   check projects and task definitions
       berth import TASKDEF.json [--into PROJECT]
       berth export PROJECT --out DIR [--format ecs|swarm|cloudformation]
                                         ECS JSON, a Swarm stack, a template
       berth deploy PROJECT --swarm [--docker-host URL] [--remove]
                                         the design on a Docker Swarm
       berth plan PROJECT [--json] [--seed N]
                                         placement, unplaceable tasks, preflight
       berth run PROJECT --headless [--duration S] [--events-json] [--keep]
                                         [--quiet] [--api-port N] [--no-api]
       berth run-task PROJECT FAMILY[:REV] [--count N] [--command ARG]... [--quiet]
       berth stop-task PROJECT TASK [--reason TEXT]
                                         stop a task of the running design
       berth load PROJECT LB --rate R --duration S [--path P]
                                         HTTP load on a load balancer of the run
       berth down PROJECT                remove what the project started
       berth service PROJECT SERVICE [--desired-count N] [--task-definition FAMILY:REV]
                                         [--force-new-deployment] [--json]
       berth secret set KEY | list [PROJECT] [--json] | delete KEY
                                         values in the OS keychain
       berth api env | operations       ECS&apos;s API for the aws CLI during a run
       berth registry start | stop | status | login-password
                                         the local registry that stands in for ECR
       berth image build DIR --tag REPO:TAG | push REPO:TAG | pull REPO:TAG
                   | list REPO           images in it, named as ECR names them
       berth lab list | start | show | hint | check | solve | grade
                                         classroom labs, checked and graded
       berth help COMMAND                a command&apos;s options
       berth --version | --help
       berth --lang en|ja ...            the language (default: the View &gt;
                                         Language choice, BERTH_LANG, the locale)

Exit codes: 0 fine; 1 the design has errors; 2 bad usage or unreadable input.
Run &apos;berth COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>使い方: berth [FILE]                      ウィンドウを開く
       berth validate FILE... [--json]   プロジェクトとタスク定義を検証する
       berth import TASKDEF.json [--into PROJECT]
       berth export PROJECT --out DIR [--format ecs|swarm|cloudformation]
                                         ECS JSON、Swarm スタック、テンプレート
       berth deploy PROJECT --swarm [--docker-host URL] [--remove]
                                         設計を Docker Swarm で実行する
       berth plan PROJECT [--json] [--seed N]
                                         配置、配置できないタスク、事前チェック
       berth run PROJECT --headless [--duration S] [--events-json] [--keep]
                                         [--quiet] [--api-port N] [--no-api]
       berth run-task PROJECT FAMILY[:REV] [--count N] [--command ARG]... [--quiet]
       berth stop-task PROJECT TASK [--reason TEXT]
                                         実行中の設計のタスクを停止する
       berth load PROJECT LB --rate R --duration S [--path P]
                                         実行中のロードバランサーに HTTP の負荷をかける
       berth down PROJECT                プロジェクトが起動したものを削除する
       berth service PROJECT SERVICE [--desired-count N] [--task-definition FAMILY:REV]
                                         [--force-new-deployment] [--json]
       berth secret set KEY | list [PROJECT] [--json] | delete KEY
                                         OS のキーチェーンにある値
       berth api env | operations       実行中に aws CLI から使う ECS の API
       berth registry start | stop | status | login-password
                                         ECR の代わりになるローカルのレジストリ
       berth image build DIR --tag REPO:TAG | push REPO:TAG | pull REPO:TAG
                   | list REPO           そのイメージ (ECR と同じ名前)
       berth lab list | start | show | hint | check | solve | grade
                                         チェックと採点付きの教室向けラボ
       berth help COMMAND                コマンドのオプション
       berth --version | --help
       berth --lang en|ja ...            表示言語 (既定: 「表示 &gt; 言語」の選択、
                                         BERTH_LANG、ロケール)

終了コード: 0 正常、1 設計にエラーがある、2 使い方の誤りまたは読めない入力。
コマンドのオプションは &apos;berth COMMAND --help&apos; で表示されます。
</translation>
    </message>
    <message>
        <source>%1 s  %2 req/s  p50 %3 ms  p90 %4 ms  p99 %5 ms  errors %6</source>
        <translation>%1 秒  %2 件/秒  p50 %3 ms  p90 %4 ms  p99 %5 ms  エラー %6</translation>
    </message>
    <message>
        <source>Sends HTTP requests at a set rate (open loop: on time, whatever the answers) to a load balancer of the project&apos;s running design, for a duration; prints each second&apos;s answered rate, latency percentiles and errors (HTTP 5xx, failed connections, timeouts), then a summary. The design must be running (in the window or with &apos;berth run&apos;). With the demo app, --path /cpu?ms=20 or /mem?mb=16 loads its tasks.</source>
        <translation>プロジェクトの実行中の設計のロードバランサーに、決めたレートで (オープンループ: 応答を待たずに時刻どおりに) HTTP リクエストを一定時間送ります。1 秒ごとの応答数、レイテンシーのパーセンタイル、エラー (HTTP 5xx、接続失敗、タイムアウト) を表示し、最後に集計を出します。設計が実行中 (ウィンドウまたは &apos;berth run&apos;) である必要があります。デモアプリでは --path /cpu?ms=20 や /mem?mb=16 でタスクに負荷をかけられます。</translation>
    </message>
    <message>
        <source>Requests a second.</source>
        <translation>1 秒あたりのリクエスト数。</translation>
    </message>
    <message>
        <source>Seconds to send for.</source>
        <translation>送信する秒数。</translation>
    </message>
    <message>
        <source>The path and query to request (default /).</source>
        <translation>リクエストするパスとクエリ (既定は /)。</translation>
    </message>
    <message>
        <source>The load balancer&apos;s name.</source>
        <translation>ロードバランサーの名前。</translation>
    </message>
    <message>
        <source>berth load: name a project and a load balancer, with a rate and a duration, e.g. &apos;berth load shop.berth web --rate 200 --duration 60&apos;</source>
        <translation>berth load: プロジェクトとロードバランサー、レートと期間を指定してください。例: &apos;berth load shop.berth web --rate 200 --duration 60&apos;</translation>
    </message>
    <message>
        <source>berth load: --rate takes a number of requests a second from 1 to 100000, not &apos;%1&apos;</source>
        <translation>berth load: --rate には 1 から 100000 までの 1 秒あたりのリクエスト数を指定してください (&apos;%1&apos; ではなく)</translation>
    </message>
    <message>
        <source>berth load: --duration takes seconds from 1 to 86400, not &apos;%1&apos;</source>
        <translation>berth load: --duration には 1 から 86400 までの秒数を指定してください (&apos;%1&apos; ではなく)</translation>
    </message>
    <message>
        <source>berth load: %1</source>
        <translation>berth load: %1</translation>
    </message>
    <message>
        <source>berth load: %1 is not running; start it with &apos;berth run %1 --headless&apos; or in the window, then send the load</source>
        <translation>berth load: %1 は実行されていません。&apos;berth run %1 --headless&apos; またはウィンドウで実行してから負荷をかけてください</translation>
    </message>
    <message>
        <source>sending %1 requests a second to %2 for %3 s</source>
        <translation>%2 に毎秒 %1 件のリクエストを %3 秒間送信します</translation>
    </message>
    <message>
        <source>sent %1, answered %2 (%3 req/s), errors %4: HTTP 5xx %5, connection failures %6, timeouts %7, not sent %8, other %9</source>
        <translation>送信 %1、応答 %2 (%3 件/秒)、エラー %4: HTTP 5xx %5、接続失敗 %6、タイムアウト %7、未送信 %8、その他 %9</translation>
    </message>
    <message>
        <source>latency p50 %1 ms, p90 %2 ms, p99 %3 ms</source>
        <translation>レイテンシー p50 %1 ms、p90 %2 ms、p99 %3 ms</translation>
    </message>
    <message>
        <source>stopped before the end (Ctrl+C)</source>
        <translation>終了前に停止しました (Ctrl+C)</translation>
    </message>
    <message>
        <source>berth load: nothing answered at %1; check that the run is still running and that its load balancer listens there</source>
        <translation>berth load: %1 から応答がありませんでした。実行がまだ続いていること、そのロードバランサーがそこで待ち受けていることを確認してください</translation>
    </message>
    <message>
        <source>(PROVISIONING until the instance is launched)</source>
        <translation>(インスタンスが起動するまで PROVISIONING)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) wait in PROVISIONING for capacity provider %1 to launch the instances they are planned on (no placement failure)</source>
        <translation>
            <numerusform>%n 個のタスクは、配置予定のインスタンスをキャパシティープロバイダー %1 が起動するまで PROVISIONING で待機します (配置の失敗ではありません)</numerusform>
        </translation>
    </message>
    <message>
        <source>[capacity provider %1, launched by managed scaling]</source>
        <translation>[キャパシティープロバイダー %1、マネージドスケーリングが起動]</translation>
    </message>
    <message>
        <source>[capacity provider %1]</source>
        <translation>[キャパシティープロバイダー %1]</translation>
    </message>
</context>
<context>
    <name>Berth::Engine</name>
    <message>
        <source>No task runs, so a deployment has nothing to replace.</source>
        <translation>実行中のタスクがないので、デプロイで置き換えるものはありません。</translation>
    </message>
    <message>
        <source>With desiredCount %1, maximumPercent %2 allows %3 task(s), so no new task can start before an old one stops, and minimumHealthyPercent %4 keeps %5 running, so no old task can stop first.</source>
        <translation>desiredCount %1 では maximumPercent %2 で %3 個のタスクまでしか許されないため、古いタスクが停止する前に新しいタスクを開始できません。また minimumHealthyPercent %4 で %5 個を実行し続けるため、古いタスクを先に停止することもできません。</translation>
    </message>
    <message>
        <source>Raise maximumPercent to %1 or more, so ECS can start a new task before it stops an old one.</source>
        <translation>maximumPercent を %1 以上に上げると、ECS は古いタスクを停止する前に新しいタスクを開始できます。</translation>
    </message>
    <message>
        <source>Lower minimumHealthyPercent to %1 or less, so ECS can stop an old task before it starts a new one.</source>
        <translation>minimumHealthyPercent を %1 以下に下げると、ECS は新しいタスクを開始する前に古いタスクを停止できます。</translation>
    </message>
    <message numerus="yes">
        <source>A rolling deployment completes in %n step(s).</source>
        <translation>
            <numerusform>ローリングデプロイは %n ステップで完了します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of %2 task(s) can run now (see the tasks that cannot be placed). </source>
        <translation>%2 個中 %1 個のタスクしか今は実行できません (配置できないタスクを参照)。</translation>
    </message>
    <message numerus="yes">
        <source>The deployment stalls after %n step(s): </source>
        <translation>
            <numerusform>デプロイは %n ステップ後に止まります: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 new task(s) run and %3 old task(s) remain. A new task cannot be placed (%4), and minimumHealthyPercent %5 keeps %6 task(s) running, so no old task can stop to make room.</source>
        <translation>新しいタスクが %2 個中 %1 個実行され、古いタスクが %3 個残ります。新しいタスクを配置できず (%4)、minimumHealthyPercent %5 で %6 個のタスクを実行し続けるため、場所を空けるために古いタスクを停止することもできません。</translation>
    </message>
    <message>
        <source>Use bridge network mode with a dynamic host port (hostPort 0) instead of host port %1, and put the service behind a load balancer target group (target type instance), so old and new tasks can share an instance.</source>
        <translation>ホストポート %1 の代わりに bridge ネットワークモードと動的ホストポート (hostPort 0) を使い、サービスをロードバランサーのターゲットグループ (ターゲットタイプ instance) の後ろに置くと、古いタスクと新しいタスクが 1 つのインスタンスを共有できます。</translation>
    </message>
    <message>
        <source>Use a dynamic host port (hostPort 0) instead of host port %1 and put the service behind a load balancer target group (target type instance), so old and new tasks can share an instance.</source>
        <translation>ホストポート %1 の代わりに動的ホストポート (hostPort 0) を使い、サービスをロードバランサーのターゲットグループ (ターゲットタイプ instance) の後ろに置くと、古いタスクと新しいタスクが 1 つのインスタンスを共有できます。</translation>
    </message>
    <message>
        <source>Add another container instance like %1 to cluster %2, so the new task can start while the old one still runs.</source>
        <translation>%1 のようなコンテナインスタンスをクラスター %2 にもう 1 つ追加すると、古いタスクの実行中に新しいタスクを開始できます。</translation>
    </message>
    <message>
        <source>Lower minimumHealthyPercent to %1, so ECS may stop an old task before it starts the new one (the service runs below its desired count during the deployment).</source>
        <translation>minimumHealthyPercent を %1 に下げると、ECS は新しいタスクを開始する前に古いタスクを停止できます (デプロイ中、サービスは必要数を下回って実行されます)。</translation>
    </message>
    <message>
        <source> (not enough on its own)</source>
        <translation> (これだけでは足りません)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 of %2 units free, needs %3</source>
        <translation>%2 ユニット中 %1 ユニットが空き、必要 %3</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>%1 of %2 MiB free, needs %3</source>
        <translation>%2 MiB 中 %1 MiB が空き、必要 %3</translation>
    </message>
    <message>
        <source>%1 of %2 in use</source>
        <translation>%2 個中 %1 個を使用中</translation>
    </message>
    <message>
        <source> (assumed: %1 is not in the instance type catalog)</source>
        <translation> (推定: %1 はインスタンスタイプのカタログにありません)</translation>
    </message>
    <message>
        <source>ENIs</source>
        <translation>ENI</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>reserved by ECS on every instance</source>
        <translation>すべてのインスタンスで ECS が予約</translation>
    </message>
    <message>
        <source>held by task %1</source>
        <translation>タスク %1 が使用中</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>reserved ports</source>
        <translation>予約済みポート</translation>
    </message>
    <message>
        <source>%1 reserved, %2 with this task (at most %3)</source>
        <translation>予約 %1 個、このタスクを含めて %2 個 (上限 %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no task of %1 here</source>
        <translation>ここに %1 のタスクはありません</translation>
    </message>
    <message>
        <source>runs task %1 of %2</source>
        <translation>%2 のタスク %1 を実行中</translation>
    </message>
    <message>
        <source>%1 CPU units left</source>
        <translation>残り %1 CPU ユニット</translation>
    </message>
    <message>
        <source>%1 MiB left</source>
        <translation>残り %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of the group here</source>
        <translation>
            <numerusform>ここにグループのタスクが %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of the group in %1</source>
        <translation>
            <numerusform>%1 にグループのタスクが %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(値なし)</translation>
    </message>
    <message>
        <source>Cluster %1 has no container instances; add one, or run the service on Fargate.</source>
        <translation>クラスター %1 にはコンテナインスタンスがありません。追加するか、サービスを Fargate で実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>All %n container instance(s) of cluster %1 are DRAINING, and ECS places no new task on a draining instance.</source>
        <translation>
            <numerusform>クラスター %1 のコンテナインスタンス %n 個はすべて DRAINING で、ECS はドレイン中のインスタンスに新しいタスクを配置しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not enough CPU units on %n (the most free is %1)</source>
        <translation>
            <numerusform>%n 個で CPU ユニットが不足 (最大の空きは %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not enough memory on %n (the most free is %1 MiB)</source>
        <translation>
            <numerusform>%n 個でメモリが不足 (最大の空きは %1 MiB)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no free ENI on %n</source>
        <translation>
            <numerusform>%n 個で空き ENI なし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %1 reserved ports on %n</source>
        <translation>
            <numerusform>%n 個で予約済みポートが %1 個を超える</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a task of %1 already runs on %n (distinctInstance)</source>
        <translation>
            <numerusform>%n 個ではすでに %1 のタスクが実行中 (distinctInstance)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is false on %n</source>
        <translation>
            <numerusform>%n 個で %1 が false</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken on %n</source>
        <translation>
            <numerusform>%n 個で %1 が使用済み</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 CPU units</source>
        <translation>%1 CPU ユニット</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>host port %1</source>
        <translation>ホストポート %1</translation>
    </message>
    <message>
        <source>an ENI (awsvpc)</source>
        <translation>ENI (awsvpc)</translation>
    </message>
    <message numerus="yes">
        <source>A task of %1 needs %2. No ACTIVE instance of cluster %3 has all of it (%n checked): </source>
        <translation>
            <numerusform>%1 のタスクには %2 が必要です。クラスター %3 の ACTIVE なインスタンスにはそのすべてを満たすものがありません (%n 個を確認): </numerusform>
        </translation>
    </message>
    <message>
        <source>. Closest: %1 (%2).</source>
        <translation>。最も近いもの: %1 (%2)。</translation>
    </message>
    <message>
        <source>closest is %1: %2</source>
        <translation>最も近いのは %1: %2</translation>
    </message>
    <message>
        <source>: passes</source>
        <translation>: 合格</translation>
    </message>
    <message>
        <source>: fails</source>
        <translation>: 不合格</translation>
    </message>
    <message>
        <source>ranking by %1:</source>
        <translation>%1 による順位:</translation>
    </message>
    <message>
        <source>Cluster %1 has no Fargate capacity: enable Fargate on the cluster, or run the service with launch type EC2.</source>
        <translation>クラスター %1 には Fargate の容量がありません。クラスターで Fargate を有効にするか、起動タイプ EC2 でサービスを実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1 allows %n concurrent Fargate task(s) and they are all in use; raise the quota or lower a desired count.</source>
        <translation>
            <numerusform>クラスター %1 で同時に実行できる Fargate タスクは %n 個で、すべて使用中です。クォータを上げるか、必要数を下げてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Service %1 runs in cluster &apos;%2&apos;, which the project does not have.</source>
        <translation>サービス %1 はクラスター &apos;%2&apos; で実行されますが、プロジェクトにそのクラスターはありません。</translation>
    </message>
    <message>
        <source>Service %1 runs task definition &apos;%2&apos;, which the project does not have.</source>
        <translation>サービス %1 はタスク定義 &apos;%2&apos; を実行しますが、プロジェクトにそのタスク定義はありません。</translation>
    </message>
    <message>
        <source>ECS would refuse service %1: %2.</source>
        <translation>ECS はサービス %1 を拒否します: %2。</translation>
    </message>
    <message>
        <source>binpack needs the field cpu or memory, not &apos;%1&apos;</source>
        <translation>binpack のフィールドは cpu か memory です (&apos;%1&apos; は不可)</translation>
    </message>
    <message>
        <source>spread needs the field instanceId, host or attribute:NAME, not &apos;%1&apos;</source>
        <translation>spread のフィールドは instanceId、host または attribute:NAME です (&apos;%1&apos; は不可)</translation>
    </message>
    <message>
        <source>unknown placement strategy type &apos;%1&apos; (binpack, spread or random)</source>
        <translation>不明な配置戦略タイプ &apos;%1&apos; (binpack、spread または random)</translation>
    </message>
    <message>
        <source>unknown placement constraint type &apos;%1&apos; in the %2 (distinctInstance or memberOf)</source>
        <translation>%2 に不明な配置制約タイプ &apos;%1&apos; があります (distinctInstance または memberOf)</translation>
    </message>
    <message>
        <source>host port %1 is mapped twice in %2; two containers of one task cannot publish the same host port</source>
        <translation>ホストポート %1 が %2 で 2 回マッピングされています。1 つのタスクの 2 つのコンテナが同じホストポートを公開することはできません</translation>
    </message>
    <message>
        <source>the memberOf expression &apos;%1&apos; in the %2 does not parse: %3 (column %4)</source>
        <translation>%2 の memberOf 式 &apos;%1&apos; を解析できません: %3 (%4 列目)</translation>
    </message>
    <message>
        <source>task definition</source>
        <translation>タスク定義</translation>
    </message>
    <message>
        <source>run-task request</source>
        <translation>run-task リクエスト</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 が失敗しました: %3</translation>
    </message>
    <message>
        <source>DOCKER_HOST=%1: a unix:// address needs an absolute socket path.</source>
        <translation>DOCKER_HOST=%1: unix:// アドレスにはソケットの絶対パスが必要です。</translation>
    </message>
    <message>
        <source>DOCKER_HOST=%1: only unix:// and tcp:// daemons are supported.</source>
        <translation>DOCKER_HOST=%1: 使えるのは unix:// と tcp:// のデーモンだけです。</translation>
    </message>
    <message>
        <source>DOCKER_HOST=%1: expected tcp://HOST:PORT.</source>
        <translation>DOCKER_HOST=%1: tcp://HOST:PORT の形式が必要です。</translation>
    </message>
    <message>
        <source>DOCKER_HOST=%1: the port is out of range.</source>
        <translation>DOCKER_HOST=%1: ポートが範囲外です。</translation>
    </message>
    <message>
        <source>%1 is too large for the build context.</source>
        <translation>%1 はビルドコンテキストとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The build context %1 does not exist.</source>
        <translation>ビルドコンテキスト %1 がありません。</translation>
    </message>
    <message>
        <source>Cannot read the link %1.</source>
        <translation>リンク %1 を読み込めません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 speaks API %2; Berth needs %3 or newer.</source>
        <translation>%1 の Docker デーモンは API %2 を話しますが、Berth には %3 以上が必要です。</translation>
    </message>
    <message>
        <source>Cannot reach the Docker daemon at %1: the socket %2 does not exist. Is the Docker daemon running? Start it (for example with &quot;sudo systemctl start docker&quot;) and try again.</source>
        <translation>%1 の Docker デーモンに接続できません: ソケット %2 がありません。Docker デーモンは動いていますか? 起動してから (例: &quot;sudo systemctl start docker&quot;) もう一度試してください。</translation>
    </message>
    <message>
        <source>Cannot reach the Docker daemon at %1: permission denied on %2. Add your user to the docker group (sudo usermod -aG docker $USER), then log in again.</source>
        <translation>%1 の Docker デーモンに接続できません: %2 へのアクセスが拒否されました。ユーザーを docker グループに追加し (sudo usermod -aG docker $USER)、ログインし直してください。</translation>
    </message>
    <message>
        <source>Cannot reach the Docker daemon at %1: nothing answers on the socket %2 (%3). Is the Docker daemon running?</source>
        <translation>%1 の Docker デーモンに接続できません: ソケット %2 から応答がありません (%3)。Docker デーモンは動いていますか?</translation>
    </message>
    <message>
        <source>Cannot reach the Docker daemon at %1: %2. Check DOCKER_HOST and, for TLS, DOCKER_CERT_PATH.</source>
        <translation>%1 の Docker デーモンに接続できません: %2。DOCKER_HOST と、TLS の場合は DOCKER_CERT_PATH を確認してください。</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: キャンセルしました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 did not answer %2 within %3 s.</source>
        <translation>%1 の Docker デーモンが %3 秒以内に %2 に応答しませんでした。</translation>
    </message>
    <message>
        <source>%1: the answer is too large.</source>
        <translation>%1: 応答が大きすぎます。</translation>
    </message>
    <message>
        <source>Docker daemon error (HTTP %1) on %2: %3</source>
        <translation>Docker デーモンのエラー (HTTP %1)、%2: %3</translation>
    </message>
    <message>
        <source>mount point %1: the task definition has no volume named &quot;%2&quot;</source>
        <translation>マウントポイント %1: タスク定義に &quot;%2&quot; という名前のボリュームがありません</translation>
    </message>
    <message>
        <source>container %1: the log driver &quot;%2&quot; is not available locally; its logs go to json-file</source>
        <translation>コンテナ %1: ログドライバー &quot;%2&quot; はローカルでは使えません。ログは json-file に出力します</translation>
    </message>
    <message>
        <source>the container was removed outside Berth</source>
        <translation>Berth の外でコンテナが削除されました</translation>
    </message>
    <message>
        <source>dependency %1 exited with code %2; %3 needed it to succeed</source>
        <translation>依存先 %1 がコード %2 で終了しました。%3 はその成功を必要としていました</translation>
    </message>
    <message>
        <source>dependency %1 stopped before it became healthy</source>
        <translation>依存先 %1 が正常 (healthy) になる前に停止しました</translation>
    </message>
    <message>
        <source>Connecting to Docker…</source>
        <translation>Docker に接続しています…</translation>
    </message>
    <message>
        <source>Building the demo image %1…</source>
        <translation>デモイメージ %1 をビルドしています…</translation>
    </message>
    <message>
        <source>Building the demo image: %1</source>
        <translation>デモイメージのビルド: %1</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 をプルしています…</translation>
    </message>
    <message>
        <source>Pulling %1: %2</source>
        <translation>%1 をプル中: %2</translation>
    </message>
    <message>
        <source>Could not pull %1: %2. Tasks that use it will stop with CannotPullContainerError; check the image name and that the registry can be reached.</source>
        <translation>%1 をプルできませんでした: %2。これを使うタスクは CannotPullContainerError で停止します。イメージ名と、レジストリに到達できるかを確認してください。</translation>
    </message>
    <message>
        <source>HAProxy&apos;s runtime API at %1: %2</source>
        <translation>%1 の HAProxy ランタイム API: %2</translation>
    </message>
    <message>
        <source>load balancer %1: port %2 needs privileges; the listener listens on port %3 instead</source>
        <translation>ロードバランサー %1: ポート %2 には特権が必要なため、リスナーは代わりにポート %3 で待ち受けます</translation>
    </message>
    <message>
        <source>HAProxy exited: %1</source>
        <translation>HAProxy が終了しました: %1</translation>
    </message>
    <message>
        <source>The container has no process running.</source>
        <translation>コンテナでプロセスが実行されていません。</translation>
    </message>
    <message>
        <source>Process %1 is not visible here: the daemon runs on another machine or in another process namespace.</source>
        <translation>プロセス %1 はここから見えません: デーモンが別のマシンか別のプロセス名前空間で動いています。</translation>
    </message>
    <message>
        <source>Process %1 is not in container %2&apos;s control group: the daemon runs on another machine or in another namespace.</source>
        <translation>プロセス %1 はコンテナ %2 のコントロールグループにありません: デーモンが別のマシンか別の名前空間で動いています。</translation>
    </message>
    <message>
        <source>The control group files of container %1 cannot be read: %2.</source>
        <translation>コンテナ %1 のコントロールグループのファイルを読み込めません: %2。</translation>
    </message>
    <message>
        <source>the service&apos;s task definition is not in the project; the service is left out of the stack</source>
        <translation>サービスのタスク定義がプロジェクトにないため、サービスをスタックから除きました</translation>
    </message>
    <message>
        <source>Run &apos;berth validate&apos; and fix the service&apos;s taskDefinition.</source>
        <translation>&apos;berth validate&apos; を実行し、サービスの taskDefinition を直してください。</translation>
    </message>
    <message>
        <source>the task has %1 containers; each becomes its own Swarm service (%2), with no promise that they share a node, and links, dependsOn and essential have no Swarm meaning</source>
        <translation>タスクにはコンテナが %1 個あります。それぞれが別の Swarm サービス (%2) になり、同じノードに置かれる保証はありません。links、dependsOn、essential は Swarm では意味を持ちません</translation>
    </message>
    <message>
        <source>Containers reach each other by those service names on the stack&apos;s network; put containers that must share a host in one image.</source>
        <translation>コンテナ同士はスタックのネットワーク上でそのサービス名で通信します。同じホストに置く必要のあるコンテナは 1 つのイメージにまとめてください。</translation>
    </message>
    <message>
        <source>awsvpc networking has no Swarm counterpart; the services join the stack&apos;s overlay network instead</source>
        <translation>awsvpc ネットワークに相当するものは Swarm にないため、サービスは代わりにスタックのオーバーレイネットワークに参加します</translation>
    </message>
    <message>
        <source>Nothing to do unless the design relies on ENI limits.</source>
        <translation>設計が ENI の上限に依存していなければ、対処は不要です。</translation>
    </message>
    <message>
        <source>the constraint &quot;%1&quot; has no Swarm counterpart and is left out</source>
        <translation>制約 &quot;%1&quot; に相当するものは Swarm にないため、除きました</translation>
    </message>
    <message>
        <source>Swarm takes only attribute == value and != value, all of which must hold; label the nodes and use those.</source>
        <translation>Swarm が受け付けるのは attribute == value と != value だけで、すべてが成り立つ必要があります。ノードにラベルを付けてそれを使ってください。</translation>
    </message>
    <message>
        <source>the %1 strategy has no Swarm counterpart; Swarm only spreads</source>
        <translation>%1 配置戦略に相当するものは Swarm にありません。Swarm は分散 (spread) しかしません</translation>
    </message>
    <message>
        <source>Expect tasks spread over the nodes instead.</source>
        <translation>代わりにタスクはノードに分散されます。</translation>
    </message>
    <message>
        <source>secrets from SSM or Secrets Manager are not exported; Swarm secrets are files under /run/secrets, not environment variables</source>
        <translation>SSM や Secrets Manager のシークレットは書き出しません。Swarm のシークレットは環境変数ではなく /run/secrets 以下のファイルです</translation>
    </message>
    <message>
        <source>Create them with &apos;docker secret create&apos; and read them from files.</source>
        <translation>&apos;docker secret create&apos; で作成し、ファイルから読み込んでください。</translation>
    </message>
    <message>
        <source>container port %1 has a dynamic host port behind a load balancer; Swarm has no target groups, so the port is not published</source>
        <translation>コンテナポート %1 はロードバランサーの後ろの動的ホストポートです。Swarm にはターゲットグループがないため、ポートは公開しません</translation>
    </message>
    <message>
        <source>Publish it through Swarm&apos;s routing mesh by adding ports: [&quot;LISTENER:%1&quot;] to the service in the stack file.</source>
        <translation>スタックファイルのサービスに ports: [&quot;LISTENER:%1&quot;] を追加して、Swarm のルーティングメッシュで公開してください。</translation>
    </message>
    <message>
        <source>load balancer &quot;%1&quot; and its target groups&apos; health checks have no Swarm counterpart; Swarm routes with its own mesh</source>
        <translation>ロードバランサー &quot;%1&quot; とそのターゲットグループのヘルスチェックに相当するものは Swarm にありません。Swarm は独自のメッシュでルーティングします</translation>
    </message>
    <message>
        <source>Run a proxy service (HAProxy, Traefik) in the stack for path routing.</source>
        <translation>パスでルーティングするには、スタックでプロキシサービス (HAProxy、Traefik) を実行してください。</translation>
    </message>
    <message>
        <source>the listener rule to &quot;%1&quot; (priority %2) is not exported; Swarm has no path or host routing</source>
        <translation>&quot;%1&quot; へのリスナールール (優先度 %2) は書き出しません。Swarm にはパスやホストによるルーティングがありません</translation>
    </message>
    <message>
        <source>Route with a proxy service in the stack.</source>
        <translation>スタック内のプロキシサービスでルーティングしてください。</translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its parent&apos;s permissions</source>
        <translation>フォルダー %1 を作成できません。親フォルダーの権限を確認してください</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1.%2: &quot;%3&quot; is not a duration; write it as 30s, 1m30s or 500ms</source>
        <translation>%1.%2: &quot;%3&quot; は期間ではありません。30s、1m30s、500ms のように書いてください</translation>
    </message>
    <message>
        <source>%1: the service has no image</source>
        <translation>%1: サービスにイメージがありません</translation>
    </message>
    <message>
        <source>TLS certificates from the keychain need a tcp:// manager, e.g. --docker-host tcp://manager:2376</source>
        <translation>キーチェーンの TLS 証明書には tcp:// のマネージャーが必要です。例: --docker-host tcp://manager:2376</translation>
    </message>
    <message>
        <source>the keychain has no %1; store it with &apos;berth secret set %1 &lt; %2&apos;</source>
        <translation>キーチェーンに %1 がありません。&apos;berth secret set %1 &lt; %2&apos; で保存してください</translation>
    </message>
    <message>
        <source>cannot read %1 from the keychain: %2</source>
        <translation>キーチェーンから %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot write the TLS files to %1: %2</source>
        <translation>TLS のファイルを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the daemon is not part of a swarm (its state is &quot;%1&quot;); run &apos;docker swarm init&apos; on the machine that should manage it, or name a manager with --docker-host</source>
        <translation>デーモンは Swarm に参加していません (状態は &quot;%1&quot;)。管理するマシンで &apos;docker swarm init&apos; を実行するか、--docker-host でマネージャーを指定してください</translation>
    </message>
    <message>
        <source>the daemon is a swarm worker, not a manager; name a manager with --docker-host (see &apos;docker node ls&apos; on a manager)</source>
        <translation>デーモンは Swarm のワーカーで、マネージャーではありません。--docker-host でマネージャーを指定してください (マネージャーで &apos;docker node ls&apos; を参照)</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>%1 を準備しています</translation>
    </message>
    <message>
        <source>Creating network %1</source>
        <translation>ネットワーク %1 を作成しています</translation>
    </message>
    <message>
        <source>Creating service %1</source>
        <translation>サービス %1 を作成しています</translation>
    </message>
    <message>
        <source>Updating service %1</source>
        <translation>サービス %1 を更新しています</translation>
    </message>
    <message>
        <source>Removing service %1, which the design no longer has</source>
        <translation>設計にもうないサービス %1 を削除しています</translation>
    </message>
    <message>
        <source>the update of %1 failed (%2)%3; see &apos;docker service ps %1&apos;</source>
        <translation>%1 の更新に失敗しました (%2)%3。&apos;docker service ps %1&apos; を参照してください</translation>
    </message>
    <message>
        <source>the wait was cancelled; the stack goes on converging</source>
        <translation>待機をキャンセルしました。スタックは収束を続けます</translation>
    </message>
    <message>
        <source>%1 %2/%3 running%4</source>
        <translation>%1 %2/%3 実行中%4</translation>
    </message>
    <message>
        <source>the stack did not converge within %1 s: %2. The services keep trying; &apos;docker service ps&apos; shows why.</source>
        <translation>スタックが %1 秒以内に収束しませんでした: %2。サービスは試行を続けます。理由は &apos;docker service ps&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Removing service %1</source>
        <translation>サービス %1 を削除しています</translation>
    </message>
    <message>
        <source>Removed network %1</source>
        <translation>ネットワーク %1 を削除しました</translation>
    </message>
    <message>
        <source>the wait was cancelled; run the removal again to finish it</source>
        <translation>待機をキャンセルしました。削除を完了するにはもう一度実行してください</translation>
    </message>
    <message>
        <source>the stack&apos;s containers were still stopping after %1 s; run the removal again to finish it</source>
        <translation>%1 秒後もスタックのコンテナが停止中でした。削除を完了するにはもう一度実行してください</translation>
    </message>
    <message>
        <source>load balancer %1: the UDP listener on port %2 is not served locally (HAProxy balances no UDP); use TCP to try it here</source>
        <translation>ロードバランサー %1: ポート %2 の UDP リスナーはローカルでは提供しません (HAProxy は UDP を分散しません)。ここで試すには TCP を使ってください</translation>
    </message>
    <message>
        <source>load balancer %1: the %2 listener on port %3 is not served: %4</source>
        <translation>ロードバランサー %1: ポート %3 の %2 リスナーは提供していません: %4</translation>
    </message>
    <message>
        <source>Berth&apos;s ECR does not answer %1; it answers %2.</source>
        <translation>Berth の ECR は %1 には応答しません。応答するのは %2 です。</translation>
    </message>
    <message>
        <source>The local registry has no password: the keychain could not give one when the run started.</source>
        <translation>ローカルのレジストリにパスワードがありません: 実行の開始時にキーチェーンから取得できませんでした。</translation>
    </message>
    <message>
        <source>cannot make a bcrypt salt (libxcrypt): %1</source>
        <translation>bcrypt のソルトを作れません (libxcrypt): %1</translation>
    </message>
    <message>
        <source>libxcrypt could not hash the registry password with bcrypt</source>
        <translation>libxcrypt がレジストリのパスワードを bcrypt でハッシュできませんでした</translation>
    </message>
    <message>
        <source>The registry&apos;s password cannot be read from the keychain: %1</source>
        <translation>レジストリのパスワードをキーチェーンから読み込めません: %1</translation>
    </message>
    <message>
        <source>The registry&apos;s password cannot be kept in the keychain: %1</source>
        <translation>レジストリのパスワードをキーチェーンに保存できません: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>The registry is not installed; install the package docker-registry (sudo apt install docker-registry).</source>
        <translation>レジストリがインストールされていません。docker-registry パッケージをインストールしてください (sudo apt install docker-registry)。</translation>
    </message>
    <message>
        <source>Something else answers on %1 already. Stop it, or choose another address with BERTH_REGISTRY_ADDRESS=HOST:PORT.</source>
        <translation>%1 ではすでに別のものが応答しています。それを停止するか、BERTH_REGISTRY_ADDRESS=HOST:PORT で別のアドレスを選んでください。</translation>
    </message>
    <message>
        <source>The registry (%1) did not start: %2</source>
        <translation>レジストリ (%1) が起動しませんでした: %2</translation>
    </message>
    <message>
        <source>The registry did not answer on %1: %2 (its log: %3)</source>
        <translation>レジストリが %1 で応答しませんでした: %2 (ログ: %3)</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>出力なし</translation>
    </message>
    <message>
        <source>cannot stop the registry (pid %1): %2</source>
        <translation>レジストリ (pid %1) を停止できません: %2</translation>
    </message>
    <message>
        <source>The local registry at %1 does not answer. Start it with &apos;berth registry start&apos;.</source>
        <translation>%1 のローカルレジストリが応答しません。&apos;berth registry start&apos; で起動してください。</translation>
    </message>
    <message>
        <source>The local registry answered %1 %2 to %3: %4</source>
        <translation>ローカルレジストリは %3 に %1 %2 を返しました: %4</translation>
    </message>
    <message>
        <source>The push of %1 failed: %2</source>
        <translation>%1 のプッシュに失敗しました: %2</translation>
    </message>
    <message>
        <source>Created the repository %1 in the local registry.</source>
        <translation>ローカルのレジストリにリポジトリ %1 を作成しました。</translation>
    </message>
    <message>
        <source>Lifecycle rule of %1 (keep the last %2): deleted %3 (%4).</source>
        <translation>%1 のライフサイクルルール (最新 %2 個を保持): %3 (%4) を削除しました。</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>タグなし</translation>
    </message>
    <message>
        <source>%1 of %2 layers, %3 of %4 MB</source>
        <translation>レイヤー %2 個中 %1 個、%4 MB 中 %3 MB</translation>
    </message>
    <message>
        <source>Pushing %1:%2: %3</source>
        <translation>%1:%2 をプッシュ中: %3</translation>
    </message>
    <message>
        <source>Pulling %1:%2: %3</source>
        <translation>%1:%2 をプル中: %3</translation>
    </message>
    <message>
        <source>there is no image %1; build one first (&apos;berth image build DIR --tag %2:%3&apos; or a repository&apos;s Build and Push in the window)</source>
        <translation>イメージ %1 がありません。先にビルドしてください (&apos;berth image build DIR --tag %2:%3&apos;、またはウィンドウでリポジトリの「ビルドしてプッシュ」)</translation>
    </message>
    <message>
        <source>%1: saw %2, expected %3</source>
        <translation>%1: 実際は %2、期待値は %3 です</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>this step checks the running design: start the run first (Run in the window, or &apos;berth run PROJECT --headless&apos;)</source>
        <translation>このステップは実行中の設計をチェックします。先に実行を開始してください (ウィンドウの「実行」、または &apos;berth run PROJECT --headless&apos;)</translation>
    </message>
    <message>
        <source>unknown check kind &apos;%1&apos;</source>
        <translation>不明なチェックの種類 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>何らかの値</translation>
    </message>
    <message>
        <source>something containing %1</source>
        <translation>%1 を含む値</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n 個の要素</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>%1 以下</translation>
    </message>
    <message>
        <source>validation finding %1</source>
        <translation>検証結果 %1</translation>
    </message>
    <message>
        <source>no such finding</source>
        <translation>該当する検証結果なし</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>the finding</source>
        <translation>該当する検証結果</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>配置プラン</translation>
    </message>
    <message>
        <source>the plan of %1</source>
        <translation>%1 の配置プラン</translation>
    </message>
    <message>
        <source>%1: saw no service %2 in the design</source>
        <translation>%1: 設計にサービス %2 がありません</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) placed</source>
        <translation>
            <numerusform>%n 個のタスクを配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) that cannot be placed</source>
        <translation>
            <numerusform>配置できないタスク %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tasks on %n instance(s)</source>
        <translation>
            <numerusform>%n 台のインスタンス上のタスク</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks on %1</source>
        <translation>%1 上のタスク</translation>
    </message>
    <message>
        <source>a rolling deployment that stalls: %1</source>
        <translation>停止するローリングデプロイ: %1</translation>
    </message>
    <message>
        <source>%1: the run did not answer: %2</source>
        <translation>%1: 実行中の設計が応答しませんでした: %2</translation>
    </message>
    <message>
        <source>%1: saw no such service in the run</source>
        <translation>%1: 実行中の設計にそのサービスがありません</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message numerus="yes">
        <source>%n running task(s)</source>
        <translation>
            <numerusform>実行中のタスク %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>a desired count of %1</source>
        <translation>必要数 %1</translation>
    </message>
    <message>
        <source>the latest deployment %1</source>
        <translation>最新のデプロイ %1</translation>
    </message>
    <message numerus="yes">
        <source>steady state: %1 (%2 of %3 running, %n deployment(s))</source>
        <translation>
            <numerusform>定常状態: %1 (%3 個中 %2 個が実行中、デプロイ %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>steady state: %1</source>
        <translation>定常状態: %1</translation>
    </message>
    <message>
        <source>tasks of service %1</source>
        <translation>サービス %1 のタスク</translation>
    </message>
    <message>
        <source>tasks of %1</source>
        <translation>%1 のタスク</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>a reason containing &quot;%1&quot;</source>
        <translation>「%1」を含む理由</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>タスクなし</translation>
    </message>
    <message numerus="yes">
        <source>at least %n task(s): %1</source>
        <translation>
            <numerusform>%n 個以上のタスク: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>events of service %1</source>
        <translation>サービス %1 のイベント</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>イベントなし</translation>
    </message>
    <message>
        <source>an event containing &quot;%1&quot;</source>
        <translation>「%1」を含むイベント</translation>
    </message>
    <message>
        <source>load balancer %1</source>
        <translation>ロードバランサー %1</translation>
    </message>
    <message>
        <source>%1: saw no such load balancer with a listener in the design</source>
        <translation>%1: 設計にリスナーを持つそのロードバランサーがありません</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>応答なし (%1)</translation>
    </message>
    <message>
        <source>HTTP %1 &quot;%2&quot;</source>
        <translation>HTTP %1 「%2」</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>a body containing &quot;%1&quot;</source>
        <translation>「%1」を含む本文</translation>
    </message>
    <message>
        <source>%1 acts on the running design: start the run first</source>
        <translation>%1 は実行中の設計に作用します。先に実行を開始してください</translation>
    </message>
    <message>
        <source>no task of the service %1 runs, so none can be stopped</source>
        <translation>サービス %1 には実行中のタスクがないため、停止できるタスクがありません</translation>
    </message>
    <message>
        <source>The Docker daemon answers again; the run goes on from what it holds now.</source>
        <translation>Docker デーモンが再び応答しました。実行はデーモンが現在保持している状態から続行します。</translation>
    </message>
    <message>
        <source>The run stopped without the Docker daemon, which does not answer: what the run started there may still be running. &apos;berth down&apos; removes it once the daemon answers again.</source>
        <translation>Docker デーモンが応答しないまま実行を停止しました。この実行がデーモン上で起動したものはまだ動いている可能性があります。デーモンが再び応答したら &apos;berth down&apos; で削除できます。</translation>
    </message>
    <message>
        <source>HAProxy could not be restarted (%1); Berth tries again in %2 s.</source>
        <translation>HAProxy を再起動できませんでした (%1)。Berth は %2 秒後に再試行します。</translation>
    </message>
    <message numerus="yes">
        <source>HAProxy was restarted with the same listeners and %n target(s).</source>
        <translation>
            <numerusform>HAProxy を同じリスナーと %n 個のターゲットで再起動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>images of repository %1</source>
        <translation>リポジトリ %1 のイメージ</translation>
    </message>
    <message numerus="yes">
        <source>at least %n image(s)</source>
        <translation>
            <numerusform>%n 個以上のイメージ</numerusform>
        </translation>
    </message>
    <message>
        <source>an image tagged %1</source>
        <translation>タグ %1 のイメージ</translation>
    </message>
    <message>
        <source>no repository %1</source>
        <translation>リポジトリ %1 はありません</translation>
    </message>
    <message>
        <source>%1: the registry did not answer: %2</source>
        <translation>%1: レジストリが応答しませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>イメージ %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) tagged %1</source>
        <translation>
            <numerusform>タグ %1 のイメージ %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not REPOSITORY:TAG</source>
        <translation>&apos;%1&apos; は REPOSITORY:TAG の形ではありません</translation>
    </message>
    <message>
        <source>the design has no load balancer named %1, and no load balancer at all; add one in the window first</source>
        <translation>設計に %1 という名前のロードバランサーはなく、ロードバランサーが 1 つもありません。まずウィンドウで追加してください</translation>
    </message>
    <message>
        <source>the design has no load balancer named %1; its load balancers are: %2</source>
        <translation>設計に %1 という名前のロードバランサーはありません。ロードバランサーは次のとおりです: %2</translation>
    </message>
    <message>
        <source>load balancer %1 has no HTTP, HTTPS, TCP or TLS listener to send requests to; add a listener to it</source>
        <translation>ロードバランサー %1 には、リクエストを送れる HTTP、HTTPS、TCP、TLS のリスナーがありません。リスナーを追加してください</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>正常 (healthy) %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initial</source>
        <translation>
            <numerusform>初期 (initial) %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>異常 (unhealthy) %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draining</source>
        <translation>
            <numerusform>ドレイン中 (draining) %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>targets of target group %1</source>
        <translation>ターゲットグループ %1 のターゲット</translation>
    </message>
    <message>
        <source>%1: saw no such target group in the design</source>
        <translation>%1: 設計にそのターゲットグループがありません</translation>
    </message>
    <message>
        <source>no registered targets</source>
        <translation>登録済みのターゲットなし</translation>
    </message>
    <message>
        <source>scaling activities of service %1</source>
        <translation>サービス %1 のスケーリングアクティビティ</translation>
    </message>
    <message>
        <source>no scaling activities</source>
        <translation>スケーリングアクティビティなし</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies), the latest &quot;%1&quot; (%2)</source>
        <translation>
            <numerusform>アクティビティ %n 件、最新は &quot;%1&quot; (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>setting the desired count to at least %1</source>
        <translation>必要数を %1 以上に設定</translation>
    </message>
    <message>
        <source>setting the desired count to at most %1</source>
        <translation>必要数を %1 以下に設定</translation>
    </message>
    <message>
        <source>with &quot;%1&quot;</source>
        <translation>&quot;%1&quot; を含む</translation>
    </message>
    <message>
        <source>not scaled for %1</source>
        <translation>%1 によりスケーリングなし</translation>
    </message>
    <message numerus="yes">
        <source>at least %n activity(ies): %1</source>
        <translation>
            <numerusform>次のアクティビティが %n 件以上: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing answered at %1; check that the run is still running</source>
        <translation>%1 から応答がありません。実行が続いているか確認してください</translation>
    </message>
    <message>
        <source>Capacity provider %1 cannot launch an instance for it: its group is at its max size %2, or the task fits no empty %3.</source>
        <translation>キャパシティープロバイダー %1 はこのタスクのためにインスタンスを起動できません。グループが最大サイズ %2 に達しているか、タスクが空の %3 にも収まりません。</translation>
    </message>
    <message>
        <source>Capacity provider %1 has managed scaling off, so its group launches no instance for it.</source>
        <translation>キャパシティープロバイダー %1 はマネージドスケーリングがオフのため、グループはこのタスクのためにインスタンスを起動しません。</translation>
    </message>
    <message>
        <source>No capacity provider in the strategy of service %1 has a weight above 0 once the base is met.</source>
        <translation>サービス %1 の戦略には、base を満たした後に weight が 0 より大きいキャパシティープロバイダーがありません。</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 stopped its answer to %2 before the end (%3). If it restarted, try again.</source>
        <translation>%1 の Docker デーモンは %2 への応答を最後まで返さずに止めました (%3)。デーモンが再起動した場合は、もう一度試してください。</translation>
    </message>
    <message>
        <source>container instances of cluster %1</source>
        <translation>クラスター %1 のコンテナインスタンス</translation>
    </message>
    <message>
        <source>instances of capacity provider %1</source>
        <translation>キャパシティープロバイダー %1 のインスタンス</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) running tasks</source>
        <translation>
            <numerusform>タスクを実行中のインスタンス %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>インスタンス %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>no cluster %1 in the design</source>
        <translation>設計にクラスター %1 なし</translation>
    </message>
    <message>
        <source>no capacity provider %1 in cluster %2</source>
        <translation>クラスター %2 にキャパシティープロバイダー %1 なし</translation>
    </message>
    <message>
        <source>running tasks per instance: %1</source>
        <translation>インスタンスごとの実行中のタスク: %1</translation>
    </message>
    <message>
        <source>%1 (base %2, weight %3)</source>
        <translation>%1 (base %2、weight %3)</translation>
    </message>
    <message>
        <source>by the default capacity provider strategy of cluster %1: %2</source>
        <translation>クラスター %1 のデフォルトのキャパシティープロバイダー戦略で配置: %2</translation>
    </message>
    <message>
        <source>DAEMON service %1 names no launch type, so it takes the default capacity provider strategy of cluster %2, which ECS refuses; set its launch type to EC2.</source>
        <translation>DAEMON サービス %1 は起動タイプを指定していないため、クラスター %2 のデフォルトのキャパシティープロバイダー戦略を使うことになりますが、ECS はこれを拒否します。起動タイプを EC2 にしてください。</translation>
    </message>
    <message>
        <source>DAEMON service %1 has a capacity provider strategy, which ECS refuses; use the EC2 launch type.</source>
        <translation>DAEMON サービス %1 にはキャパシティープロバイダー戦略がありますが、ECS はこれを拒否します。起動タイプ EC2 を使ってください。</translation>
    </message>
    <message>
        <source>Service %1 names neither a launch type nor a capacity provider strategy, so the default strategy of cluster %2 gives the task to capacity provider %3.</source>
        <translation>サービス %1 は起動タイプもキャパシティープロバイダー戦略も指定していないため、クラスター %2 のデフォルト戦略によりタスクはキャパシティープロバイダー %3 に割り当てられます。</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ApiClient</name>
    <message>
        <source>the run&apos;s API at %1 did not answer in %2 s</source>
        <translation>%1 の実行の API が %2 秒以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ApiCredentials</name>
    <message>
        <source>The API&apos;s credentials cannot be read from the keychain: %1</source>
        <translation>API の認証情報をキーチェーンから読み込めません: %1</translation>
    </message>
    <message>
        <source>The API&apos;s credentials cannot be kept in the keychain: %1</source>
        <translation>API の認証情報をキーチェーンに保存できません: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::ApiServer</name>
    <message>
        <source>The ECS API cannot listen on %1:%2 (in use?); choose another port.</source>
        <translation>ECS の API は %1:%2 で待ち受けできません (使用中?)。別のポートを選んでください。</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::DemoImage</name>
    <message>
        <source>The image %1 is missing and its build context (a Dockerfile and the demo binary) was not found in: %2. Build the berth-demo target or set BERTH_DEMO_CONTEXT.</source>
        <translation>イメージ %1 がなく、そのビルドコンテキスト (Dockerfile とデモのバイナリ) が次の場所に見つかりません: %2。berth-demo ターゲットをビルドするか、BERTH_DEMO_CONTEXT を設定してください。</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::Docker::DockerClient</name>
    <message>
        <source>GET %1: the daemon&apos;s answer is not a JSON object (%2).</source>
        <translation>GET %1: デーモンの応答が JSON オブジェクトではありません (%2)。</translation>
    </message>
    <message>
        <source>Waiting for container %1 failed: %2</source>
        <translation>コンテナ %1 の待機に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::Docker::PullProgress</name>
    <message>
        <source>%1 of %2 layers, %3 of %4</source>
        <translation>レイヤー %2 個中 %1 個、%4 中 %3</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EcrPullSource</name>
    <message>
        <source>%1 is not an image of this project&apos;s ECR</source>
        <translation>%1 はこのプロジェクトの ECR のイメージではありません</translation>
    </message>
    <message>
        <source>Error response from daemon: the local registry that serves %1 cannot start: %2</source>
        <translation>Error response from daemon: %1 を提供するローカルのレジストリを起動できません: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::EcsMessages</name>
    <message>
        <source>Service %1 runs as many tasks as its desired count, all healthy, in one deployment: nothing is changing.</source>
        <translation>サービス %1 は必要数と同じ数のタスクをすべて正常な状態で、1 つのデプロイで実行しています: 変化は起きていません。</translation>
    </message>
    <message numerus="yes">
        <source>ECS started %n task(s) of service %1 to reach its desired count.</source>
        <translation>
            <numerusform>必要数に達するため、ECS はサービス %1 のタスクを %n 個開始しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ECS stopped %n running task(s) of service %1: the desired count went down, or a deployment replaced them.</source>
        <translation>
            <numerusform>ECS はサービス %1 の実行中のタスクを %n 個停止しました: 必要数が減ったか、デプロイで置き換えられました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment %2 of service %1 is complete: every task runs the new task definition and the old tasks are gone.</source>
        <translation>サービス %1 のデプロイ %2 が完了しました: すべてのタスクが新しいタスク定義で実行され、古いタスクはなくなりました。</translation>
    </message>
    <message>
        <source>The deployment circuit breaker marked deployment %2 of service %1 as failed, because its tasks kept stopping before they ran.</source>
        <translation>タスクが実行に至る前に停止し続けたため、デプロイのサーキットブレーカーがサービス %1 のデプロイ %2 を失敗としました。</translation>
    </message>
    <message>
        <source>The tasks of service %1 keep stopping soon after they start, so ECS waits longer between attempts. The stopped tasks&apos; stoppedReason says why.</source>
        <translation>サービス %1 のタスクが開始後すぐに停止し続けるため、ECS は再試行の間隔を広げています。理由は停止したタスクの stoppedReason にあります。</translation>
    </message>
    <message>
        <source>No container instance of the cluster has the free CPU, memory, ports or attributes a task of service %1 needs, so it was not placed. Plan Placement shows each instance against each rule.</source>
        <translation>サービス %1 のタスクが必要とする空き CPU、メモリ、ポートまたは属性を持つコンテナインスタンスがクラスターにないため、タスクは配置されませんでした。「配置プラン」で各インスタンスを各ルールと照らし合わせて確認できます。</translation>
    </message>
    <message>
        <source>The cluster has no Fargate capacity, so a task of service %1 was not started.</source>
        <translation>クラスターに Fargate の容量がないため、サービス %1 のタスクは開始されませんでした。</translation>
    </message>
    <message>
        <source>The deployment of service %1 cannot go on: minimumHealthyPercent forbids stopping an old task first and maximumPercent forbids starting a new one first.</source>
        <translation>サービス %1 のデプロイを進められません: minimumHealthyPercent により古いタスクを先に停止できず、maximumPercent により新しいタスクを先に開始できません。</translation>
    </message>
    <message>
        <source>Task %2 of service %1 failed the health check of target group %4 on port %3: %5</source>
        <translation>サービス %1 のタスク %2 は、ターゲットグループ %4 のポート %3 でのヘルスチェックに失敗しました: %5</translation>
    </message>
    <message>
        <source>The container health check of task %2 of service %1 reports UNHEALTHY, so ECS stops it and starts a replacement.</source>
        <translation>サービス %1 のタスク %2 のコンテナのヘルスチェックが UNHEALTHY を返したため、ECS はそれを停止して代わりのタスクを開始します。</translation>
    </message>
    <message>
        <source>An essential container exited, so ECS stopped the whole task. The container&apos;s exit code and logs say why.</source>
        <translation>必須コンテナが終了したため、ECS はタスク全体を停止しました。理由はコンテナの終了コードとログにあります。</translation>
    </message>
    <message>
        <source>The task failed the load balancer&apos;s health checks in target group %1, so ECS stopped it.</source>
        <translation>タスクがターゲットグループ %1 でロードバランサーのヘルスチェックに失敗したため、ECS はタスクを停止しました。</translation>
    </message>
    <message>
        <source>A container&apos;s health check reported UNHEALTHY, so ECS stopped the task.</source>
        <translation>コンテナのヘルスチェックが UNHEALTHY を返したため、ECS はタスクを停止しました。</translation>
    </message>
    <message>
        <source>ECS stopped the task to scale the service in, or to replace it in deployment %1.</source>
        <translation>サービスをスケールインするため、またはデプロイ %1 で置き換えるため、ECS はタスクを停止しました。</translation>
    </message>
    <message>
        <source>Someone stopped the task (StopTask, Stop Task, Stop or Down).</source>
        <translation>誰かがタスクを停止しました (StopTask、「タスクを停止」、「停止」または「削除」)。</translation>
    </message>
    <message>
        <source>The container&apos;s image could not be pulled: check the image name and tag, and that the registry can be reached.</source>
        <translation>コンテナのイメージをプルできませんでした: イメージ名とタグ、レジストリに到達できるかを確認してください。</translation>
    </message>
    <message>
        <source>Docker could not create the container; the text after the colon is Docker&apos;s reason.</source>
        <translation>Docker がコンテナを作成できませんでした。コロンのあとのテキストが Docker の示す理由です。</translation>
    </message>
    <message>
        <source>Docker could not start the container; the text after the colon is Docker&apos;s reason.</source>
        <translation>Docker がコンテナを起動できませんでした。コロンのあとのテキストが Docker の示す理由です。</translation>
    </message>
    <message>
        <source>A container used more memory than its hard limit (memory) and was killed.</source>
        <translation>コンテナがメモリのハードリミット (memory) を超えて使用したため、強制終了されました。</translation>
    </message>
    <message>
        <source>ECS could not prepare the task: a secret or registry credential it needs could not be read.</source>
        <translation>ECS はタスクを準備できませんでした: 必要なシークレットまたはレジストリの認証情報を読み込めませんでした。</translation>
    </message>
    <message>
        <source>the health check got HTTP %1 instead of a success code</source>
        <translation>ヘルスチェックが成功コードではなく HTTP %1 を受け取りました</translation>
    </message>
    <message>
        <source>the health check got no answer within its timeout</source>
        <translation>ヘルスチェックがタイムアウトまでに応答を受け取れませんでした</translation>
    </message>
    <message>
        <source>nothing listens on the target&apos;s port</source>
        <translation>ターゲットのポートで何も待ち受けていません</translation>
    </message>
    <message>
        <source>the health check failed (%1)</source>
        <translation>ヘルスチェックに失敗しました (%1)</translation>
    </message>
    <message>
        <source>An essential container exited.</source>
        <translation>必須コンテナが終了しました。</translation>
    </message>
    <message>
        <source>Someone asked for the task to stop.</source>
        <translation>タスクの停止が要求されました。</translation>
    </message>
    <message>
        <source>The service scheduler stopped the task (scale-in, deployment, failed health checks).</source>
        <translation>サービススケジューラーがタスクを停止しました (スケールイン、デプロイ、ヘルスチェックの失敗)。</translation>
    </message>
    <message>
        <source>The task never reached RUNNING.</source>
        <translation>タスクは RUNNING に達しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The load balancer stops sending new requests to %n task(s) of service %1 and lets the open ones finish (the deregistration delay) before ECS stops them.</source>
        <translation>
            <numerusform>ロードバランサーはサービス %1 のタスク %n 個への新しいリクエストの送信をやめ、処理中のものが終わるのを待ってから (登録解除の遅延)、ECS がタスクを停止します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of service %1 were added to target group %2; the load balancer sends them traffic once their health checks pass.</source>
        <translation>
            <numerusform>サービス %1 のタスク %n 個がターゲットグループ %2 に登録されました。ヘルスチェックに合格すると、ロードバランサーはトラフィックを送ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of service %1 were removed from target group %2; they get no new requests.</source>
        <translation>
            <numerusform>サービス %1 のタスク %n 個がターゲットグループ %2 から登録解除されました。新しいリクエストは届きません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployment circuit breaker rolls service %1 back to deployment %2, the last one that completed.</source>
        <translation>デプロイのサーキットブレーカーが、サービス %1 を最後に完了したデプロイ %2 にロールバックします。</translation>
    </message>
    <message>
        <source>The cluster&apos;s Fargate task quota is used up: ECS did not start a task of service %1.</source>
        <translation>クラスターの Fargate タスクのクォータを使い切っているため、ECS はサービス %1 のタスクを開始しませんでした。</translation>
    </message>
    <message>
        <source>Auto scaling: %1 Why: %2</source>
        <translation>Auto Scaling: %1 理由: %2</translation>
    </message>
    <message>
        <source>Auto scaling is changing the service&apos;s desired count to %1.</source>
        <translation>Auto Scaling がサービスの必要数を %1 に変更しています。</translation>
    </message>
    <message>
        <source>Auto scaling set the service&apos;s desired count to %1; ECS now starts or stops tasks to match it.</source>
        <translation>Auto Scaling がサービスの必要数を %1 に設定しました。ECS はそれに合わせてタスクを起動または停止します。</translation>
    </message>
    <message>
        <source>Auto scaling is trying to set the desired count to %1.</source>
        <translation>Auto Scaling が必要数を %1 に設定しようとしています。</translation>
    </message>
    <message>
        <source>Auto scaling could not set the desired count to %1; the activity&apos;s reason says why.</source>
        <translation>Auto Scaling は必要数を %1 に設定できませんでした。理由はアクティビティに記載されています。</translation>
    </message>
    <message>
        <source>the alarm %1 went off (its metric crossed the threshold for enough datapoints) and started the scaling policy %2.</source>
        <translation>アラーム %1 が発生し (メトリクスが必要な数のデータポイントでしきい値を超えました)、スケーリングポリシー %2 を開始しました。</translation>
    </message>
    <message>
        <source>the scheduled action %1 came due and set new minimum and maximum capacities.</source>
        <translation>スケジュールされたアクション %1 の時刻になり、新しい最小キャパシティと最大キャパシティを設定しました。</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::Engine</name>
    <message numerus="yes">
        <source>%n container(s) from an earlier run do not belong to this design and were left alone; &apos;berth down&apos; removes them.</source>
        <translation>
            <numerusform>以前の実行のコンテナ %n 個はこの設計のものではないため、そのままにしました。&apos;berth down&apos; で削除できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load balancer %1 cannot be reached from tasks: the Docker network %2 could not be created (%3).</source>
        <translation>タスクからロードバランサー %1 に到達できません: Docker ネットワーク %2 を作成できませんでした (%3)。</translation>
    </message>
    <message>
        <source>Tasks have no metadata endpoint in this run: the Docker network %1 could not be created (%2).</source>
        <translation>この実行ではタスクにメタデータエンドポイントがありません: Docker ネットワーク %1 を作成できませんでした (%2)。</translation>
    </message>
    <message>
        <source>run-task: the design has no task definition %1</source>
        <translation>run-task: 設計にタスク定義 %1 がありません</translation>
    </message>
    <message numerus="yes">
        <source>run-task started %n task(s) of %1: %2.</source>
        <translation>
            <numerusform>run-task が %1 のタスクを %n 個開始しました: %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Engine::HaproxyProcess</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>HAProxy refused the generated configuration: %1</source>
        <translation>HAProxy が生成された設定を拒否しました: %1</translation>
    </message>
    <message>
        <source>HAProxy did not start: %1</source>
        <translation>HAProxy が起動しませんでした: %1</translation>
    </message>
    <message>
        <source>HAProxy is not installed; install the package haproxy (sudo apt install haproxy) to run the load balancers.</source>
        <translation>HAProxy がインストールされていません。ロードバランサーを実行するには haproxy パッケージをインストールしてください (sudo apt install haproxy)。</translation>
    </message>
    <message>
        <source>cannot create a directory for HAProxy: %1</source>
        <translation>HAProxy 用のディレクトリを作成できません: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::KeychainSecretStore</name>
    <message>
        <source>the keychain was called from its own thread</source>
        <translation>キーチェーンが自身のスレッドから呼び出されました</translation>
    </message>
    <message>
        <source>no keychain service is available (%1); Berth needs a Secret Service such as gnome-keyring or KWallet on the D-Bus session bus</source>
        <translation>キーチェーンサービスが使えません (%1)。Berth には D-Bus セッションバス上の Secret Service (gnome-keyring や KWallet など) が必要です</translation>
    </message>
    <message>
        <source>the keychain denied access (%1); unlock it and try again</source>
        <translation>キーチェーンがアクセスを拒否しました (%1)。ロックを解除してもう一度試してください</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s; is a Secret Service such as gnome-keyring running and unlocked in this D-Bus session?</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。この D-Bus セッションで gnome-keyring などの Secret Service が動いていて、ロックが解除されていますか?</translation>
    </message>
    <message>
        <source>the keychain failed: %1; Berth keeps secrets in the OS keychain (a Secret Service such as gnome-keyring on the D-Bus session bus): start or unlock it and try again</source>
        <translation>キーチェーンでエラーが発生しました: %1。Berth はシークレットを OS のキーチェーン (D-Bus セッションバス上の gnome-keyring などの Secret Service) に保管します。キーチェーンを起動するかロックを解除してから、もう一度お試しください</translation>
    </message>
    <message>
        <source>the keychain is locked; unlock it (log in to the desktop, or unlock the keyring in a tool such as Seahorse) and try again</source>
        <translation>キーチェーンがロックされています。ロックを解除して (デスクトップにログインするか、Seahorse などのツールでキーリングのロックを解除して) から、もう一度お試しください</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::LoadBalancerCertificates</name>
    <message>
        <source>the openssl command is missing, so no certificate can be made for the HTTPS/TLS listeners; install it (sudo apt-get install openssl)</source>
        <translation>openssl コマンドがないため、HTTPS/TLS リスナーの証明書を作れません。インストールしてください (sudo apt-get install openssl)</translation>
    </message>
    <message>
        <source>openssl could not make a certificate for %1: %2</source>
        <translation>openssl は %1 の証明書を作れませんでした: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::MetadataServer</name>
    <message>
        <source>the task metadata endpoint cannot listen on %1:%2</source>
        <translation>タスクメタデータエンドポイントが %1:%2 で待ち受けできません</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::RepositoryStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::RunSafety</name>
    <message>
        <source>controlling the Docker daemon, e.g. starting a privileged container: root on the host</source>
        <translation>Docker デーモンの制御 (例: privileged コンテナの起動): ホストの root 権限</translation>
    </message>
    <message>
        <source>the Docker daemon at %1 is reached over plain TCP, without TLS</source>
        <translation>%1 の Docker デーモンへは TLS なしの平文 TCP で接続します</translation>
    </message>
    <message>
        <source>anyone who can reach that address to run containers as root on its host, and to read what Berth sends it, secret values among them</source>
        <translation>そのアドレスに到達できる人は誰でも、ホスト上で root としてコンテナを実行でき、Berth が送る内容 (シークレットの値を含む) を読めます</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::RunSession</name>
    <message>
        <source>Tasks have no metadata endpoint in this run: %1.</source>
        <translation>この実行ではタスクにメタデータエンドポイントがありません: %1。</translation>
    </message>
    <message>
        <source>The ECS API is off for this run: %1</source>
        <translation>この実行では ECS の API はオフです: %1</translation>
    </message>
    <message>
        <source>it has no credentials</source>
        <translation>認証情報がありません</translation>
    </message>
    <message>
        <source>The ECS API listens on %1, beyond this machine: anyone who has its credentials and reaches that address can change the run.</source>
        <translation>ECS の API はこのマシンの外からも届く %1 で待ち受けています: 認証情報を持ちそのアドレスに到達できる人は誰でも実行を変更できます。</translation>
    </message>
    <message>
        <source>The run has ended without Docker; containers it started may still run, and Down removes them once Docker answers.</source>
        <translation>Docker なしで実行が終了しました。起動したコンテナがまだ動いている可能性があります。Docker が応答すれば「削除」で削除できます。</translation>
    </message>
    <message>
        <source>Stopping every task…</source>
        <translation>すべてのタスクを停止しています…</translation>
    </message>
    <message>
        <source>Removing the containers of %1…</source>
        <translation>%1 のコンテナを削除しています…</translation>
    </message>
    <message numerus="yes">
        <source>the edit gives the design %n error(s)</source>
        <translation>
            <numerusform>この変更で設計にエラーが %n 件生じます</numerusform>
        </translation>
    </message>
    <message>
        <source>The local registry for the design&apos;s ECR repositories did not start: %1</source>
        <translation>設計の ECR リポジトリ用のローカルレジストリが起動しませんでした: %1</translation>
    </message>
    <message>
        <source>The design&apos;s ECR repositories are not all in the local registry: %1: %2</source>
        <translation>設計の ECR リポジトリの一部がローカルのレジストリにありません: %1: %2</translation>
    </message>
    <message>
        <source>Auto scaling: desired count of %1 to %2</source>
        <translation>Auto Scaling: %1 の必要数を %2 に</translation>
    </message>
    <message>
        <source>Auto scaling could not set the desired count of %1 to %2: %3</source>
        <translation>Auto Scaling で %1 の必要数を %2 にできませんでした: %3</translation>
    </message>
</context>
<context>
    <name>Berth::Engine::SecretResolver</name>
    <message>
        <source>no secret store is available for %1</source>
        <translation>%1 に使えるシークレットストアがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the repositoryCredentials of container %1</source>
        <translation>コンテナ %1 の repositoryCredentials</translation>
    </message>
    <message>
        <source>variable %1 of container %2</source>
        <translation>コンテナ %2 の変数 %1</translation>
    </message>
    <message>
        <source>secret %1 (%2) is not set; &apos;berth secret set %1&apos; sets it</source>
        <translation>シークレット %1 (%2) が未設定です。&apos;berth secret set %1&apos; で設定できます</translation>
    </message>
    <message>
        <source>secret %1 is not registry credentials: store {&quot;username&quot;: ..., &quot;password&quot;: ...} or USER:PASSWORD</source>
        <translation>シークレット %1 はレジストリの認証情報ではありません: {&quot;username&quot;: ..., &quot;password&quot;: ...} または USER:PASSWORD を保存してください</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::AutoScalingForm</name>
    <message>
        <source>Scale the desired count &amp;automatically</source>
        <translation>必要数を自動でスケール(&amp;A)</translation>
    </message>
    <message>
        <source>M&amp;inimum tasks:</source>
        <translation>最小タスク数(&amp;I):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum tasks:</source>
        <translation>最大タスク数(&amp;X):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add one (Insert in the list)</source>
        <translation>追加します (リストで Insert キー)</translation>
    </message>
    <message>
        <source>Remove the selected one (Delete in the list)</source>
        <translation>選択したものを削除します (リストで Delete キー)</translation>
    </message>
    <message>
        <source>Scaling &amp;policies:</source>
        <translation>スケーリングポリシー(&amp;P):</translation>
    </message>
    <message>
        <source>Sc&amp;heduled actions:</source>
        <translation>スケジュールされたアクション(&amp;H):</translation>
    </message>
    <message>
        <source>%1 (step scaling)</source>
        <translation>%1 (ステップスケーリング)</translation>
    </message>
    <message>
        <source>%1 (target tracking)</source>
        <translation>%1 (ターゲット追跡)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>scaling policies</source>
        <translation>スケーリングポリシー</translation>
    </message>
    <message>
        <source>scheduled actions</source>
        <translation>スケジュールされたアクション</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::BuildPushDialog</name>
    <message>
        <source>Build and Push Image</source>
        <translation>イメージのビルドとプッシュ</translation>
    </message>
    <message>
        <source>a folder with a Dockerfile</source>
        <translation>Dockerfile のあるフォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Folder with a Dockerfile</source>
        <translation>Dockerfile のあるフォルダー</translation>
    </message>
    <message>
        <source>%1:%2, served by the local registry at %3</source>
        <translation>%1:%2 (%3 のローカルレジストリが提供)</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>リポジトリ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>イメージ:</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>ビルド:</translation>
    </message>
    <message>
        <source>Push:</source>
        <translation>プッシュ:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>ダイジェスト</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Pushed at</source>
        <translation>プッシュ日時</translation>
    </message>
    <message>
        <source>&amp;Build and Push</source>
        <translation>ビルドしてプッシュ(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;fresh Images</source>
        <translation>イメージを再表示(&amp;F)</translation>
    </message>
    <message>
        <source>Images in the repository:</source>
        <translation>リポジトリ内のイメージ:</translation>
    </message>
    <message>
        <source>The design has no ECR repository yet: add one from the palette, then build and push to it.</source>
        <translation>設計に ECR リポジトリがまだありません。パレットから追加してから、ビルドしてプッシュしてください。</translation>
    </message>
    <message>
        <source>Wait for the build and push to finish: the daemon cannot stop them halfway.</source>
        <translation>ビルドとプッシュが終わるまでお待ちください。デーモンは途中で止められません。</translation>
    </message>
    <message>
        <source>The local registry is not running: Build and Push starts it (or run &apos;berth registry start&apos;), then the images show here.</source>
        <translation>ローカルレジストリが起動していません。「ビルドしてプッシュ」で起動します (&apos;berth registry start&apos; でも可)。その後、ここにイメージが表示されます。</translation>
    </message>
    <message>
        <source>The registry has no repository %1 yet: Build and Push creates it.</source>
        <translation>レジストリにリポジトリ %1 はまだありません。「ビルドしてプッシュ」で作成されます。</translation>
    </message>
    <message>
        <source>The repository %1 holds no images.</source>
        <translation>リポジトリ %1 にイメージはありません。</translation>
    </message>
    <message>
        <source>Listing the images of %1…</source>
        <translation>%1 のイメージを一覧表示しています…</translation>
    </message>
    <message>
        <source>Choose the folder that holds the Dockerfile.</source>
        <translation>Dockerfile のあるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 has no Dockerfile; choose the folder that holds one.</source>
        <translation>%1 に Dockerfile がありません。Dockerfile のあるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag ECR takes: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 128, not starting with &apos;.&apos; or &apos;-&apos;).</source>
        <translation>&apos;%1&apos; は ECR が受け付けるタグではありません。英字、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; を使ってください (128 文字以内、&apos;.&apos; や &apos;-&apos; で始めない)。</translation>
    </message>
    <message>
        <source>building</source>
        <translation>ビルド中</translation>
    </message>
    <message>
        <source>waiting for the build</source>
        <translation>ビルド待ち</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>%1 をビルドしています…</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>ビルドに失敗しました: %1</translation>
    </message>
    <message>
        <source>built</source>
        <translation>ビルド完了</translation>
    </message>
    <message>
        <source>Built %1 (%2).</source>
        <translation>%1 をビルドしました (%2)。</translation>
    </message>
    <message>
        <source>Pushing %1…</source>
        <translation>%1 をプッシュしています…</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>プッシュ完了</translation>
    </message>
    <message>
        <source>Pushed %1 (%2). A task definition that names %1 runs it.</source>
        <translation>%1 をプッシュしました (%2)。%1 を指定したタスク定義で実行できます。</translation>
    </message>
    <message>
        <source>The push failed: %1</source>
        <translation>プッシュに失敗しました: %1</translation>
    </message>
    <message>
        <source>pushed outside Berth</source>
        <translation>Berth の外でプッシュ</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::CapacityProviderForm</name>
    <message>
        <source>R&amp;emove</source>
        <translation>削除(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;dd provider</source>
        <translation>プロバイダーを追加(&amp;D)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>インスタンスタイプ(&amp;I):</translation>
    </message>
    <message>
        <source> instances</source>
        <translation> 台</translation>
    </message>
    <message>
        <source>Min si&amp;ze:</source>
        <translation>最小サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Ma&amp;x size:</source>
        <translation>最大サイズ(&amp;X):</translation>
    </message>
    <message>
        <source>Desi&amp;red capacity:</source>
        <translation>希望する容量(&amp;R):</translation>
    </message>
    <message>
        <source>Zone&amp;s:</source>
        <translation>ゾーン(&amp;S):</translation>
    </message>
    <message>
        <source>The instances go to these zones in turn.</source>
        <translation>インスタンスはこれらのゾーンに順番に配置されます。</translation>
    </message>
    <message>
        <source>Mana&amp;ged scaling</source>
        <translation>マネージドスケーリング(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Target capacity:</source>
        <translation>ターゲット容量(&amp;T):</translation>
    </message>
    <message>
        <source>The share of the group&apos;s instances that run tasks, which managed scaling keeps; under 100 keeps spare instances.</source>
        <translation>マネージドスケーリングが維持する、タスクを実行しているインスタンスの割合です。100 未満にすると予備のインスタンスを残します。</translation>
    </message>
    <message>
        <source>Protect instances with tas&amp;ks from scale-in</source>
        <translation>タスクのあるインスタンスをスケールインから保護(&amp;K)</translation>
    </message>
    <message>
        <source>capacity providers</source>
        <translation>キャパシティープロバイダー</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::CapacityProviderStrategyEditor</name>
    <message>
        <source>None: the service runs by its launch type.</source>
        <translation>なし: サービスは起動タイプで実行されます。</translation>
    </message>
    <message>
        <source>Add capacity pro&amp;vider</source>
        <translation>キャパシティープロバイダーを追加(&amp;V)</translation>
    </message>
    <message>
        <source>capacity provider strategy</source>
        <translation>キャパシティープロバイダー戦略</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ウェイト</translation>
    </message>
    <message>
        <source>Capacity provider %1</source>
        <translation>キャパシティープロバイダー %1</translation>
    </message>
    <message>
        <source>capacity provider</source>
        <translation>キャパシティープロバイダー</translation>
    </message>
    <message>
        <source>Base of capacity provider %1</source>
        <translation>キャパシティープロバイダー %1 のベース</translation>
    </message>
    <message>
        <source>base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <source>Weight of capacity provider %1</source>
        <translation>キャパシティープロバイダー %1 のウェイト</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>ウェイト</translation>
    </message>
    <message>
        <source>Remove capacity provider %1 from the strategy</source>
        <translation>キャパシティープロバイダー %1 を戦略から削除</translation>
    </message>
    <message>
        <source>None: services that name neither a launch type nor a strategy run on EC2.</source>
        <translation>なし: 起動タイプも戦略も指定しないサービスは EC2 で実行されます。</translation>
    </message>
    <message>
        <source>None: the service names no launch type, so the default strategy of cluster %1 places its tasks.</source>
        <translation>なし: サービスは起動タイプを指定していないため、クラスター %1 のデフォルト戦略でタスクが配置されます。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ClusterForm</name>
    <message>
        <source>&amp;Fargate capacity</source>
        <translation>Fargate の容量(&amp;F)</translation>
    </message>
    <message>
        <source>Fargate task &amp;quota:</source>
        <translation>Fargate タスクのクォータ(&amp;Q):</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>How many FARGATE tasks may run at once in this cluster.</source>
        <translation>このクラスターで同時に実行できる FARGATE タスクの数。</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>キャパシティープロバイダー</translation>
    </message>
    <message>
        <source>Default capacity provider strategy</source>
        <translation>デフォルトのキャパシティープロバイダー戦略</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ConstraintEditor</name>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add memberOf</source>
        <translation>memberOf を追加</translation>
    </message>
    <message>
        <source>Add distinctInstance</source>
        <translation>distinctInstance を追加</translation>
    </message>
    <message>
        <source>No constraints: tasks may go on any instance with room.</source>
        <translation>制約なし: タスクは空きのあるどのインスタンスにも配置できます。</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1 列目: %2</translation>
    </message>
    <message>
        <source>memberOf needs an expression.</source>
        <translation>memberOf には式が必要です。</translation>
    </message>
    <message>
        <source>Matches %1 of %2 instances of cluster %3 (outlined on the canvas).</source>
        <translation>クラスター %3 のインスタンス %2 個中 %1 個に一致します (キャンバス上で枠で表示)。</translation>
    </message>
    <message>
        <source>placement constraint</source>
        <translation>配置制約</translation>
    </message>
    <message>
        <source>placement constraints</source>
        <translation>配置制約</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::DemoLoad</name>
    <message>
        <source>Burn CPU for 10 s (/cpu?ms=10000)</source>
        <translation>CPU を 10 秒使う (/cpu?ms=10000)</translation>
    </message>
    <message>
        <source>Hold 64 MiB more (/mem?mb=64)</source>
        <translation>メモリをさらに 64 MiB 確保する (/mem?mb=64)</translation>
    </message>
    <message>
        <source>Fail the health check (/fail-health)</source>
        <translation>ヘルスチェックを失敗させる (/fail-health)</translation>
    </message>
    <message>
        <source>Recover the health check (/recover-health)</source>
        <translation>ヘルスチェックを回復させる (/recover-health)</translation>
    </message>
    <message>
        <source>Crash the container (/crash)</source>
        <translation>コンテナをクラッシュさせる (/crash)</translation>
    </message>
    <message>
        <source>Task %1 has no running demo container with a published port.</source>
        <translation>タスク %1 には、ポートを公開している実行中のデモコンテナがありません。</translation>
    </message>
    <message>
        <source>GET %1 (task %2)…</source>
        <translation>GET %1 (タスク %2)…</translation>
    </message>
    <message>
        <source>GET %1 (task %2): %3</source>
        <translation>GET %1 (タスク %2): %3</translation>
    </message>
    <message>
        <source>GET %1 (task %2): HTTP %3 %4</source>
        <translation>GET %1 (タスク %2): HTTP %3 %4</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::DocumentController</name>
    <message>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>, line %1, column %2</source>
        <translation>、%1 行 %2 列</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>%1

%2

The file was not changed.</source>
        <translation>%1

%2

ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 was written by an older Berth; it will be saved in the current format.</source>
        <translation>%1 は以前の Berth で書かれたものです。現在の形式で保存します。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>%1

Your changes are still open here; try Save As.</source>
        <translation>%1

変更はここで開いたままです。「名前を付けて保存」を試してください。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Berth projects (*.berth);;All files (*)</source>
        <translation>Berth プロジェクト (*.berth);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <source>Berth projects (*.berth)</source>
        <translation>Berth プロジェクト (*.berth)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存していない変更があります。保存しますか?</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>インポートできません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1、%2 行 %3 列</translation>
    </message>
    <message>
        <source>Cannot import the task definition</source>
        <translation>タスク定義をインポートできません</translation>
    </message>
    <message>
        <source>%1 is not a task definition ECS would register:

%2</source>
        <translation>%1 は ECS が登録するタスク定義ではありません:

%2</translation>
    </message>
    <message>
        <source>Import task definition %1</source>
        <translation>タスク定義 %1 をインポート</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%2 から %1 をインポートしました</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>インポートするものがありません</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>Import task definitions</source>
        <translation>タスク定義をインポート</translation>
    </message>
    <message>
        <source>ECS task definitions (*.json);;All files (*)</source>
        <translation>ECS タスク定義 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>The autosaved design cannot be read: %1</source>
        <translation>自動保存された設計を読み込めません: %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>Recovered the changes autosaved at %1.</source>
        <translation>%1 に自動保存された変更を復元しました。</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>未保存の変更を復元しますか?</translation>
    </message>
    <message>
        <source>Berth did not close properly. Changes to %1 were autosaved at %2.</source>
        <translation>Berth は正しく終了しませんでした。%1 への変更は %2 に自動保存されています。</translation>
    </message>
    <message>
        <source>Recover them? Discarding deletes the autosaved copy.</source>
        <translation>復元しますか? 破棄すると自動保存されたコピーを削除します。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Changed outside Berth</source>
        <translation>Berth の外部で変更されました</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and this window has changes that are not saved.

Reload the file and drop the changes made here, or keep the changes made here (saving then replaces the other program&apos;s version)?</source>
        <translation>%1 が別のプログラムによって変更されましたが、このウィンドウには保存されていない変更があります。

ファイルを再読み込みしてこちらの変更を破棄しますか、それともこちらの変更を保持しますか (保存すると別のプログラムによる版は置き換えられます)?</translation>
    </message>
    <message>
        <source>Reload the File</source>
        <translation>ファイルを再読み込み</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>自分の変更を保持</translation>
    </message>
    <message>
        <source>%1 was changed outside Berth and has been reloaded.</source>
        <translation>%1 は Berth の外部で変更されたため、再読み込みしました。</translation>
    </message>
    <message>
        <source>%1 was changed outside Berth; your changes are kept, and saving replaces the other version.</source>
        <translation>%1 は Berth の外部で変更されました。あなたの変更は保持されており、保存すると別の版は置き換えられます。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::EntityFactory</name>
    <message>
        <source>Drop a container instance into a cluster: instances register with one cluster.</source>
        <translation>コンテナインスタンスはクラスターの中にドロップしてください: インスタンスは 1 つのクラスターに登録されます。</translation>
    </message>
    <message>
        <source>Drop Fargate capacity onto a cluster: it is a property of the cluster.</source>
        <translation>Fargate の容量はクラスターの上にドロップしてください: クラスターのプロパティです。</translation>
    </message>
    <message>
        <source>Cluster %1 already has Fargate capacity.</source>
        <translation>クラスター %1 にはすでに Fargate の容量があります。</translation>
    </message>
    <message>
        <source>Drop a listener rule onto an application load balancer.</source>
        <translation>リスナールールは Application Load Balancer の上にドロップしてください。</translation>
    </message>
    <message>
        <source>%1 is a network load balancer: its listeners forward TCP without rules. Use an application load balancer.</source>
        <translation>%1 は Network Load Balancer です: そのリスナーはルールなしで TCP を転送します。Application Load Balancer を使ってください。</translation>
    </message>
    <message>
        <source>Nothing to place.</source>
        <translation>配置するものがありません。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::EntityForm</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>forward: to a target group, or weighted to several; fixed-response: the load balancer answers by itself; redirect: it sends the client to another URL</source>
        <translation>forward: ターゲットグループへ転送 (複数への重み付けも可)、fixed-response: ロードバランサー自身が応答、redirect: クライアントを別の URL に送る</translation>
    </message>
    <message>
        <source>Response &amp;status:</source>
        <translation>応答のステータス(&amp;S):</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>コンテンツタイプ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>本文(&amp;B):</translation>
    </message>
    <message>
        <source>Redirect pr&amp;otocol:</source>
        <translation>リダイレクト先のプロトコル(&amp;O):</translation>
    </message>
    <message>
        <source>Redirect ho&amp;st:</source>
        <translation>リダイレクト先のホスト(&amp;S):</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>リダイレクト先のポート(&amp;P):</translation>
    </message>
    <message>
        <source>Redirect pat&amp;h:</source>
        <translation>リダイレクト先のパス(&amp;H):</translation>
    </message>
    <message>
        <source>Redirect q&amp;uery:</source>
        <translation>リダイレクト先のクエリ(&amp;U):</translation>
    </message>
    <message>
        <source>Redirect &amp;code:</source>
        <translation>リダイレクトのコード(&amp;C):</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::EventsPanel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>すべてのサービス</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ExportDialog</name>
    <message>
        <source>Export ECS JSON</source>
        <translation>ECS JSON を書き出す</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n error(s): ECS may refuse some of these files. They are listed in the Problems panel.</source>
        <translation>
            <numerusform>設計にエラーが %n 件あります: ECS はこれらのファイルの一部を拒否する可能性があります。エラーは「問題」パネルに一覧されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for aws ecs register-task-definition and create-service (--cli-input-json file://FILE).</source>
        <translation>
            <numerusform>aws ecs register-task-definition と create-service 用のファイル %n 個 (--cli-input-json file://FILE)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>書き出せません: %1</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%1 にファイルを %n 個書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::InstanceForm</name>
    <message>
        <source>Instance &amp;type:</source>
        <translation>インスタンスタイプ(&amp;T):</translation>
    </message>
    <message>
        <source>Choosing a type from the catalog sets the registered CPU and memory.</source>
        <translation>カタログからタイプを選ぶと、登録済みの CPU とメモリが設定されます。</translation>
    </message>
    <message>
        <source>Registered &amp;CPU:</source>
        <translation>登録済み CPU(&amp;C):</translation>
    </message>
    <message>
        <source> units</source>
        <translation> ユニット</translation>
    </message>
    <message>
        <source>Registered &amp;memory:</source>
        <translation>登録済みメモリ(&amp;M):</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation>アベイラビリティーゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;OS type:</source>
        <translation>OS タイプ(&amp;O):</translation>
    </message>
    <message>
        <source>CPU &amp;architecture:</source>
        <translation>CPU アーキテクチャ(&amp;A):</translation>
    </message>
    <message>
        <source>Custom a&amp;ttributes:</source>
        <translation>カスタム属性(&amp;T):</translation>
    </message>
    <message>
        <source>stack=prod, gpu=none</source>
        <translation>stack=prod, gpu=none</translation>
    </message>
    <message>
        <source>key=value pairs, separated by commas; placement constraints read them as attribute:key.</source>
        <translation>key=value の組をカンマ区切りで。配置制約では attribute:key として読み取ります。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::LabPanel</name>
    <message>
        <source>&amp;Check</source>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation>ヒント(&amp;H)</translation>
    </message>
    <message>
        <source>Catch &amp;up...</source>
        <translation>追いつく(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Save Result...</source>
        <translation>結果を保存(&amp;S)...</translation>
    </message>
    <message>
        <source>%v of %m points</source>
        <translation>%m 点中 %v 点</translation>
    </message>
    <message>
        <source>Check every step against the design and, where a step asks, the running design</source>
        <translation>すべてのステップを設計と、ステップが求める場合は実行中の設計に対してチェックします</translation>
    </message>
    <message>
        <source>Show the next hint for this step; each hint lowers its points</source>
        <translation>このステップの次のヒントを表示します。ヒントごとに点数が下がります</translation>
    </message>
    <message>
        <source>Apply the solutions up to this step; those steps score no points</source>
        <translation>このステップまでの解答を適用します。それらのステップは 0 点になります</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>ヒント %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Passed: %n point(s).</source>
        <translation>
            <numerusform>合格: %n 点。</numerusform>
        </translation>
    </message>
    <message>
        <source>No lab in progress: Help &gt; Labs... starts one.</source>
        <translation>進行中のラボはありません。「ヘルプ &gt; ラボ...」で開始できます。</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>チェック中...</translation>
    </message>
    <message>
        <source>Every step passes: %1 of %2 points. Save the result for your teacher.</source>
        <translation>すべてのステップに合格しました: %2 点中 %1 点。結果を保存して教師に提出してください。</translation>
    </message>
    <message>
        <source>Catch Up</source>
        <translation>追いつく</translation>
    </message>
    <message>
        <source>Apply the solutions of steps 1 to %1 that do not pass yet? They change the design (Undo takes the change back) and those steps score no points.</source>
        <translation>ステップ 1 から %1 のうち、まだ合格していないステップの解答を適用しますか? 設計が変更され (元に戻すで取り消せます)、それらのステップは 0 点になります。</translation>
    </message>
    <message>
        <source>Catch up stopped: %1</source>
        <translation>追いつきを中止しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Caught up: %n step(s) completed for you.</source>
        <translation>
            <numerusform>追いつきました: %n ステップを代わりに完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Lab Result</source>
        <translation>ラボの結果を保存</translation>
    </message>
    <message>
        <source>Lab results (*.lab.json)</source>
        <translation>ラボの結果 (*.lab.json)</translation>
    </message>
    <message>
        <source>The result could not be saved to %1: %2. Choose another folder.</source>
        <translation>結果を %1 に保存できませんでした: %2。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::LabsDialog</name>
    <message>
        <source>Welcome to Berth</source>
        <translation>Berth へようこそ</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>ラボ</translation>
    </message>
    <message>
        <source>Design ECS clusters, see where every task goes, and run them on this machine&apos;s Docker. Open a sample to look around, or start a lab: small steps, each checked, with hints.</source>
        <translation>ECS のクラスターを設計し、各タスクの配置先を確かめ、このマシンの Docker で実行できます。サンプルを開いて見て回るか、ラボを始めてください。ラボは小さなステップに分かれ、ステップごとにチェックとヒントがあります。</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>&amp;Open Sample</source>
        <translation>サンプルを開く(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n ステップ)</numerusform>
        </translation>
    </message>
    <message>
        <source>your name, as your teacher knows it</source>
        <translation>教師が分かる名前</translation>
    </message>
    <message>
        <source>Berth Labs</source>
        <translation>Berth ラボ</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>受講者(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Start Lab</source>
        <translation>ラボを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Folder for the Lab</source>
        <translation>ラボのフォルダー</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::LinkRules</name>
    <message>
        <source>Links start at a service, a listener rule or a load balancer.</source>
        <translation>リンクはサービス、リスナールールまたはロードバランサーから始めます。</translation>
    </message>
    <message>
        <source>The link&apos;s source no longer exists.</source>
        <translation>リンク元がもうありません。</translation>
    </message>
    <message>
        <source>That task definition no longer exists.</source>
        <translation>そのタスク定義はもうありません。</translation>
    </message>
    <message>
        <source>Service %1 uses the FARGATE launch type, but task definition %2 does not list FARGATE in requiresCompatibilities.</source>
        <translation>サービス %1 は起動タイプ FARGATE を使いますが、タスク定義 %2 の requiresCompatibilities に FARGATE がありません。</translation>
    </message>
    <message>
        <source>Task definition %1 only runs on FARGATE; service %2 uses the EC2 launch type.</source>
        <translation>タスク定義 %1 は FARGATE でしか実行できませんが、サービス %2 は起動タイプ EC2 を使います。</translation>
    </message>
    <message>
        <source>Service %1 already runs %2.</source>
        <translation>サービス %1 はすでに %2 を実行しています。</translation>
    </message>
    <message>
        <source>Run task definition %1 in service %2</source>
        <translation>サービス %2 でタスク定義 %1 を実行</translation>
    </message>
    <message>
        <source>That target group no longer exists.</source>
        <translation>そのターゲットグループはもうありません。</translation>
    </message>
    <message>
        <source>Service %1 already registers with %2.</source>
        <translation>サービス %1 はすでに %2 に登録されています。</translation>
    </message>
    <message>
        <source>A service can register with at most %1 target groups.</source>
        <translation>サービスを登録できるターゲットグループは %1 個までです。</translation>
    </message>
    <message>
        <source>Link service %1 to a task definition first: the target group needs one of its containers and ports.</source>
        <translation>先にサービス %1 をタスク定義にリンクしてください: ターゲットグループにはそのコンテナとポートの 1 つが必要です。</translation>
    </message>
    <message>
        <source>No container of %1 maps a port; add a portMapping to receive traffic from a target group.</source>
        <translation>%1 にはポートをマッピングするコンテナがありません。ターゲットグループからトラフィックを受けるには portMapping を追加してください。</translation>
    </message>
    <message>
        <source>Target group %1 has target type instance, which ECS does not allow with the awsvpc network mode; use target type ip.</source>
        <translation>ターゲットグループ %1 のターゲットタイプは instance ですが、ECS では awsvpc ネットワークモードで使えません。ターゲットタイプ ip を使ってください。</translation>
    </message>
    <message>
        <source>Target group %1 has target type ip, which needs tasks in the awsvpc network mode; use target type instance.</source>
        <translation>ターゲットグループ %1 のターゲットタイプは ip で、awsvpc ネットワークモードのタスクが必要です。ターゲットタイプ instance を使ってください。</translation>
    </message>
    <message>
        <source>Register the tasks of %1 with %2</source>
        <translation>%1 のタスクを %2 に登録</translation>
    </message>
    <message>
        <source>Service %1 is already in cluster %2.</source>
        <translation>サービス %1 はすでにクラスター %2 にあります。</translation>
    </message>
    <message>
        <source>Move service %1 to cluster %2</source>
        <translation>サービス %1 をクラスター %2 に移動</translation>
    </message>
    <message>
        <source>ECS places a service&apos;s tasks on instances itself; link the service to their cluster %1 instead.</source>
        <translation>サービスのタスクをどのインスタンスに置くかは ECS が決めます。代わりにサービスをそのクラスター %1 にリンクしてください。</translation>
    </message>
    <message>
        <source>A service does not link to another service; services reach each other through a load balancer&apos;s target group.</source>
        <translation>サービスは別のサービスにリンクしません。サービス同士はロードバランサーのターゲットグループを通じて通信します。</translation>
    </message>
    <message>
        <source>A load balancer forwards to target groups, not to services: link the service to a target group, and the listener to that group.</source>
        <translation>ロードバランサーの転送先はサービスではなくターゲットグループです: サービスをターゲットグループに、リスナーをそのグループにリンクしてください。</translation>
    </message>
    <message>
        <source>A listener forwards to a target group; drop the link on one.</source>
        <translation>リスナーの転送先はターゲットグループです。リンクはターゲットグループの上にドロップしてください。</translation>
    </message>
    <message>
        <source>An application load balancer forwards to HTTP or HTTPS target groups; %1 uses %2.</source>
        <translation>Application Load Balancer の転送先は HTTP か HTTPS のターゲットグループです。%1 は %2 を使っています。</translation>
    </message>
    <message>
        <source>A network load balancer forwards to TCP, UDP or TLS target groups; %1 uses %2.</source>
        <translation>Network Load Balancer の転送先は TCP、UDP または TLS のターゲットグループです。%1 は %2 を使っています。</translation>
    </message>
    <message>
        <source>It already forwards to %1.</source>
        <translation>すでに %1 に転送しています。</translation>
    </message>
    <message>
        <source>Forward to %1</source>
        <translation>%1 に転送</translation>
    </message>
    <message>
        <source>Link %1 to task definition %2</source>
        <translation>%1 をタスク定義 %2 にリンク</translation>
    </message>
    <message>
        <source>Move %1 to cluster %2</source>
        <translation>%1 をクラスター %2 に移動</translation>
    </message>
    <message>
        <source>Link %1 to target group %2</source>
        <translation>%1 をターゲットグループ %2 にリンク</translation>
    </message>
    <message>
        <source>rule of %1</source>
        <translation>%1 のルール</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ListenerRuleForm</name>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先度(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;ath patterns:</source>
        <translation>パスパターン(&amp;A):</translation>
    </message>
    <message>
        <source>/api/*, /v2/*</source>
        <translation>/api/*, /v2/*</translation>
    </message>
    <message>
        <source>&amp;Host headers:</source>
        <translation>ホストヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>api.example.com</source>
        <translation>api.example.com</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>転送先(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Methods:</source>
        <translation>メソッド(&amp;M):</translation>
    </message>
    <message>
        <source>GET, HEAD</source>
        <translation>GET, HEAD</translation>
    </message>
    <message>
        <source>&amp;Source IPs:</source>
        <translation>送信元 IP(&amp;S):</translation>
    </message>
    <message>
        <source>10.0.0.0/8, 127.0.0.1/32</source>
        <translation>10.0.0.0/8, 127.0.0.1/32</translation>
    </message>
    <message>
        <source>&amp;Query strings:</source>
        <translation>クエリ文字列(&amp;Q):</translation>
    </message>
    <message>
        <source>version=v2, beta</source>
        <translation>version=v2, beta</translation>
    </message>
    <message>
        <source>HTTP hea&amp;der:</source>
        <translation>HTTP ヘッダー(&amp;D):</translation>
    </message>
    <message>
        <source>X-Canary: true</source>
        <translation>X-Canary: true</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>アクション(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Weighted targets:</source>
        <translation>重み付きターゲット(&amp;W):</translation>
    </message>
    <message>
        <source>blue=80, green=20 (instead of Forward to)</source>
        <translation>blue=80, green=20 (転送先の代わりに)</translation>
    </message>
    <message>
        <source>S&amp;tickiness:</source>
        <translation>スティッキーセッション(&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Weighted targets: keep a client on its target group for this long (0: off)</source>
        <translation>重み付きターゲット: クライアントをこの時間だけ同じターゲットグループに留める (0: オフ)</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::LoadBalancerForm</name>
    <message>
        <source>&amp;Type:</source>
        <translation>タイプ(&amp;T):</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>デフォルトのターゲット</translation>
    </message>
    <message>
        <source>Listeners:</source>
        <translation>リスナー:</translation>
    </message>
    <message>
        <source>Add listener</source>
        <translation>リスナーを追加</translation>
    </message>
    <message>
        <source>Remove listener</source>
        <translation>リスナーを削除</translation>
    </message>
    <message>
        <source>listeners</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <source>Selected listener&apos;s default action:</source>
        <translation>選択したリスナーのデフォルトアクション:</translation>
    </message>
    <message>
        <source>De&amp;fault action:</source>
        <translation>デフォルトアクション(&amp;F):</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::LoadDialog</name>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Generate Load</source>
        <translation>負荷を生成</translation>
    </message>
    <message>
        <source>The path and query to request. The demo app burns CPU for N ms on /cpu?ms=N and holds N MiB on /mem?mb=N.</source>
        <translation>リクエストするパスとクエリ。デモアプリは /cpu?ms=N で N ミリ秒 CPU を使い、/mem?mb=N で N MiB を確保します。</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 件/秒</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Load balancer:</source>
        <translation>ロードバランサー(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>レート(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;ervice charted:</source>
        <translation>グラフに表示するサービス(&amp;E):</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>1 秒あたり</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>タスク数</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ターゲット値</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>必要数</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Requests leave on time whatever the answers (open loop); errors are HTTP 5xx answers, failed connections and timeouts.</source>
        <translation>リクエストは応答を待たずに時刻どおりに送信されます (オープンループ)。エラーは HTTP 5xx の応答、接続失敗、タイムアウトです。</translation>
    </message>
    <message>
        <source>Load balancer %1 has no listener to send requests to; add an HTTP listener to it in the design.</source>
        <translation>ロードバランサー %1 にはリクエストを送れるリスナーがありません。設計でロードバランサーに HTTP リスナーを追加してください。</translation>
    </message>
    <message>
        <source>Sending %1 requests/s to %2 for %3 s…</source>
        <translation>%2 に毎秒 %1 件のリクエストを %3 秒間送信しています…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>%1 s: %2 answered/s, p50 %3 ms, p90 %4 ms, p99 %5 ms, %6 errors</source>
        <translation>%1 秒: 応答 %2 件/秒、p50 %3 ms、p90 %4 ms、p99 %5 ms、エラー %6 件</translation>
    </message>
    <message>
        <source>Sent %1, answered %2 (%3/s), %4 errors (HTTP 5xx %5, failed connections %6, timeouts %7); p50 %8 ms, p99 %9 ms.</source>
        <translation>送信 %1、応答 %2 (%3 件/秒)、エラー %4 件 (HTTP 5xx %5、接続失敗 %6、タイムアウト %7)。p50 %8 ms、p99 %9 ms。</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>サービス %1</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::LogsPanel</name>
    <message>
        <source>Choose a task to follow its containers&apos; output.</source>
        <translation>タスクを選ぶと、そのコンテナの出力を追跡します。</translation>
    </message>
    <message>
        <source>%1 of task %2</source>
        <translation>タスク %2 の %1</translation>
    </message>
    <message>
        <source>Task %1 has no container yet.</source>
        <translation>タスク %1 にはまだコンテナがありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has stopped; its output ends here.</source>
        <translation>%1 は停止しました。出力はここまでです。</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>%1 を追跡中</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::MainWindow</name>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>配置プラン</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>Click on the canvas to place the %1; Esc cancels.</source>
        <translation>キャンバスをクリックして %1 を配置します。Esc でキャンセルします。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 をやり直す(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目をコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds nothing Berth can paste.</source>
        <translation>クリップボードに Berth が貼り付けられるものがありません。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>自動で配置</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1[*] — Berth</source>
        <translation>%1[*] — Berth</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>About Berth</source>
        <translation>Berth について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Berth %1&lt;/h3&gt;&lt;p&gt;A desktop studio for Amazon ECS-style container clusters: design clusters, task definitions, services and load balancers, check them against ECS&apos;s rules and export register-ready JSON.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Berth %1&lt;/h3&gt;&lt;p&gt;Amazon ECS 形式のコンテナクラスターのデスクトップスタジオ: クラスター、タスク定義、サービス、ロードバランサーを設計し、ECS のルールで検証し、登録できる JSON を書き出します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>ラボ</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>ラボ</translation>
    </message>
    <message>
        <source>The lab in %1 does not load: %2. &apos;berth lab check %1&apos; lists every problem.</source>
        <translation>%1 のラボを読み込めません: %2。すべての問題は &apos;berth lab check %1&apos; で確認できます。</translation>
    </message>
    <message>
        <source>The lab&apos;s design could not be copied to %1. Choose a folder you can write to.</source>
        <translation>ラボの設計を %1 にコピーできませんでした。書き込みできるフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::NodeContents</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>インスタンス %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>サービス %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 CPU · %2 MiB</source>
        <translation>%1 CPU · %2 MiB</translation>
    </message>
    <message>
        <source>Fargate ≤ %1 tasks</source>
        <translation>Fargate ≤ %1 タスク</translation>
    </message>
    <message>
        <source>Fargate</source>
        <translation>Fargate</translation>
    </message>
    <message>
        <source>DRAINING</source>
        <translation>DRAINING</translation>
    </message>
    <message>
        <source>no task definition</source>
        <translation>タスク定義なし</translation>
    </message>
    <message>
        <source>daemon: one task per instance</source>
        <translation>daemon: インスタンスごとに 1 タスク</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>タスク %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n constraint(s)</source>
        <translation>
            <numerusform>制約 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>rev %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 :%2 → %3</source>
        <translation>%1 :%2 → %3</translation>
    </message>
    <message>
        <source>(no default)</source>
        <translation>(デフォルトなし)</translation>
    </message>
    <message>
        <source>no listener</source>
        <translation>リスナーなし</translation>
    </message>
    <message>
        <source>%1 :%2 · %3</source>
        <translation>%1 :%2 · %3</translation>
    </message>
    <message>
        <source>health %1 every %2 s</source>
        <translation>ヘルスチェック %1、%2 秒ごと</translation>
    </message>
    <message>
        <source>ECR · %1</source>
        <translation>ECR · %1</translation>
    </message>
    <message numerus="yes">
        <source>keeps the last %n image(s)</source>
        <translation>
            <numerusform>最新 %n 個のイメージを保持</numerusform>
        </translation>
    </message>
    <message>
        <source>keeps every image</source>
        <translation>すべてのイメージを保持</translation>
    </message>
    <message>
        <source>memory %1 %</source>
        <translation>メモリ %1 %</translation>
    </message>
    <message>
        <source>%1 req/min per target</source>
        <translation>ターゲットあたり %1 リクエスト/分</translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <source>fixed response %1</source>
        <translation>固定レスポンス %1</translation>
    </message>
    <message>
        <source>redirect %1</source>
        <translation>リダイレクト %1</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::NodeItem</name>
    <message>
        <source>Drag to a task definition, target group or cluster to link</source>
        <translation>タスク定義、ターゲットグループまたはクラスターにドラッグしてリンク</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::OutlinePanel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>インスタンス %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 CPU units, %3 MiB, %4, %5</source>
        <translation>%1、%2 CPU ユニット、%3 MiB、%4、%5</translation>
    </message>
    <message>
        <source>Fargate</source>
        <translation>Fargate</translation>
    </message>
    <message>
        <source>up to %1 tasks</source>
        <translation>最大 %1 タスク</translation>
    </message>
    <message>
        <source>no task limit</source>
        <translation>タスク数の上限なし</translation>
    </message>
    <message>
        <source>Task definitions</source>
        <translation>タスク定義</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), %1 network mode</source>
        <translation>
            <numerusform>コンテナ %n 個、ネットワークモード %1</numerusform>
        </translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>daemon on %1 running %2</source>
        <translation>daemon: %1 で %2 を実行</translation>
    </message>
    <message>
        <source>%1 x %2 on %3</source>
        <translation>%1 x %2、%3 上</translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>デフォルト: %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>ルール %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>ターゲットグループ</translation>
    </message>
    <message>
        <source>%1:%2, target type %3</source>
        <translation>%1:%2、ターゲットタイプ %3</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::PalettePanel</name>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>EC2 container instance</source>
        <translation>EC2 コンテナインスタンス</translation>
    </message>
    <message>
        <source>Fargate capacity</source>
        <translation>Fargate の容量</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>タスク定義</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Application load balancer</source>
        <translation>Application Load Balancer</translation>
    </message>
    <message>
        <source>Network load balancer</source>
        <translation>Network Load Balancer</translation>
    </message>
    <message>
        <source>Listener rule</source>
        <translation>リスナールール</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>ターゲットグループ</translation>
    </message>
    <message>
        <source>A frame that holds container instances and services.</source>
        <translation>コンテナインスタンスとサービスを入れる枠。</translation>
    </message>
    <message>
        <source>Drop into a cluster: an EC2 instance registered with it.</source>
        <translation>クラスターの中にドロップ: そのクラスターに登録された EC2 インスタンス。</translation>
    </message>
    <message>
        <source>Drop onto a cluster to let it run FARGATE tasks.</source>
        <translation>クラスターの上にドロップすると FARGATE タスクを実行できます。</translation>
    </message>
    <message>
        <source>Containers, their images, CPU, memory and ports.</source>
        <translation>コンテナとそのイメージ、CPU、メモリ、ポート。</translation>
    </message>
    <message>
        <source>Keeps a number of tasks running; drop it into a cluster.</source>
        <translation>タスクを一定数実行し続けます。クラスターの中にドロップします。</translation>
    </message>
    <message>
        <source>HTTP listeners with path and host rules.</source>
        <translation>パスとホストのルールを持つ HTTP リスナー。</translation>
    </message>
    <message>
        <source>TCP listeners.</source>
        <translation>TCP リスナー。</translation>
    </message>
    <message>
        <source>Drop onto an application load balancer.</source>
        <translation>Application Load Balancer の上にドロップします。</translation>
    </message>
    <message>
        <source>Where a load balancer sends traffic: the tasks of services.</source>
        <translation>ロードバランサーがトラフィックを送る先: サービスのタスク。</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or click here and then on the canvas.</source>
        <translation>キャンバスにドラッグするか、ここをクリックしてからキャンバスをクリックします。</translation>
    </message>
    <message>
        <source>ECR repository</source>
        <translation>ECR リポジトリ</translation>
    </message>
    <message>
        <source>Images for the task definitions, served offline by Berth&apos;s local registry.</source>
        <translation>タスク定義のイメージ。Berth のローカルレジストリがオフラインで提供します。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::PlanBoard</name>
    <message>
        <source>Fargate</source>
        <translation>Fargate</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>No container instances to place tasks on.</source>
        <translation>タスクを配置するコンテナインスタンスがありません。</translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>タスクなし</translation>
    </message>
    <message>
        <source>Task %1 of service %2</source>
        <translation>サービス %2 のタスク %1</translation>
    </message>
    <message>
        <source>A rolling deployment of this service would stall.</source>
        <translation>このサービスのローリングデプロイは止まります。</translation>
    </message>
    <message>
        <source>%1 (managed)</source>
        <translation>%1 (マネージド)</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::PlanView</name>
    <message>
        <source>Plan again</source>
        <translation>もう一度配置</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>配置</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) placed</source>
        <translation>
            <numerusform>%n 個中 %1 個のタスクを配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rolling deployment(s) would stall</source>
        <translation>
            <numerusform>%n 件のローリングデプロイが止まります</numerusform>
        </translation>
    </message>
    <message>
        <source>every deployment can roll</source>
        <translation>すべてのデプロイを実行できます</translation>
    </message>
    <message>
        <source>%1 of %2 placed</source>
        <translation>%1/%2 配置</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) not placed</source>
        <translation>
            <numerusform>%n 個のタスクを配置できません</numerusform>
        </translation>
    </message>
    <message>
        <source>why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>deployment would stall</source>
        <translation>デプロイが止まります</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Select a task that was not placed to see how the scheduler checked each instance.</source>
        <translation>配置されなかったタスクを選ぶと、スケジューラーが各インスタンスをどう確認したかを表示します。</translation>
    </message>
    <message>
        <source>Task %1 of %2: each instance against each rule.</source>
        <translation>%2 のタスク %1: 各インスタンスと各ルール。</translation>
    </message>
    <message>
        <source>capacity providers</source>
        <translation>キャパシティープロバイダー</translation>
    </message>
    <message>
        <source>Placed %1.</source>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>No problems found in this design.</source>
        <translation>この設計に問題は見つかりません。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ProjectEditor</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ProjectForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>アカウント ID(&amp;A):</translation>
    </message>
    <message>
        <source>Select something on the canvas to edit it, or drag an entry of the palette onto the canvas.</source>
        <translation>キャンバス上のものを選ぶと編集できます。パレットの項目をキャンバスにドラッグして追加することもできます。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ProjectScene</name>
    <message>
        <source>rev %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>No container and port chosen.</source>
        <translation>コンテナとポートが選ばれていません。</translation>
    </message>
    <message>
        <source>container %1, port %2</source>
        <translation>コンテナ %1、ポート %2</translation>
    </message>
    <message>
        <source>Register with %1</source>
        <translation>%1 に登録</translation>
    </message>
    <message>
        <source>Which container and port of %1 receive the traffic?</source>
        <translation>%1 のどのコンテナとポートがトラフィックを受けますか?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize cluster %1</source>
        <translation>クラスター %1 のサイズを変更</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::PropertyPanel</name>
    <message numerus="yes">
        <source>%n items selected.</source>
        <translation>
            <numerusform>%n 個の項目を選択中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選択</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::QueryEditor</name>
    <message>
        <source>attribute:ecs.availability-zone in [us-east-1a, us-east-1b]</source>
        <translation>attribute:ecs.availability-zone in [us-east-1a, us-east-1b]</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1 列目: %2</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RepositoryForm</name>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Tag &amp;mutability:</source>
        <translation>タグのイミュータビリティ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Scan on push</source>
        <translation>プッシュ時にスキャン(&amp;S)</translation>
    </message>
    <message>
        <source>Kept in the design for ECR; not available locally: no scanner runs on Berth&apos;s registry.</source>
        <translation>ECR 用に設計に保持します。ローカルでは使えません: Berth のレジストリではスキャナーが動きません。</translation>
    </message>
    <message>
        <source>Not available locally: images are not scanned.</source>
        <translation>ローカルでは使えません: イメージはスキャンされません。</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保持する数(&amp;K):</translation>
    </message>
    <message>
        <source> images</source>
        <translation> 個のイメージ</translation>
    </message>
    <message>
        <source>every image (no lifecycle rule)</source>
        <translation>すべてのイメージ (ライフサイクルルールなし)</translation>
    </message>
    <message>
        <source>A lifecycle rule: Berth deletes the oldest pushed images beyond this number from the local registry.</source>
        <translation>ライフサイクルルール: この数を超えた古いプッシュ済みイメージを、Berth がローカルのレジストリから削除します。</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>使用箇所:</translation>
    </message>
    <message>
        <source>Served by Berth&apos;s local registry as %1/%2; a run pulls from there and names the image %3:TAG.</source>
        <translation>Berth のローカルレジストリが %1/%2 として提供します。実行はそこからプルし、イメージを %3:TAG と名付けます。</translation>
    </message>
    <message>
        <source>no task definition yet: name an image %1:TAG in a container</source>
        <translation>まだタスク定義がありません: コンテナでイメージ %1:TAG を指定してください</translation>
    </message>
    <message>
        <source>&amp;Build and Push…</source>
        <translation>ビルドしてプッシュ(&amp;B)…</translation>
    </message>
    <message>
        <source>Build a folder&apos;s Dockerfile as an image of this repository, push it to the local registry and list the repository&apos;s images</source>
        <translation>フォルダーの Dockerfile をこのリポジトリのイメージとしてビルドし、ローカルレジストリにプッシュして、リポジトリのイメージを一覧表示します</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RevisionHistory</name>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>with</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>%1:%2 (latest)</source>
        <translation>%1:%2 (最新)</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RunBanner</name>
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&lt;b&gt;Docker cannot be reached, so the design cannot run.&lt;/b&gt; %1&lt;br&gt;Designing and planning work as before. Start the daemon (as root: &lt;tt&gt;dockerd &amp;amp;&lt;/tt&gt;, or &lt;tt&gt;systemctl start docker&lt;/tt&gt;), or point DOCKER_HOST at one, then try again.</source>
        <translation>&lt;b&gt;Docker に接続できないため、設計を実行できません。&lt;/b&gt; %1&lt;br&gt;設計と配置プランはこれまでどおり使えます。デーモンを起動するか (root で &lt;tt&gt;dockerd &amp;amp;&lt;/tt&gt; または &lt;tt&gt;systemctl start docker&lt;/tt&gt;)、DOCKER_HOST で接続先を指定してから、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RunCharts</name>
    <message>
        <source>Instance CPU</source>
        <translation>インスタンスの CPU</translation>
    </message>
    <message>
        <source>CPU units</source>
        <translation>CPU ユニット</translation>
    </message>
    <message>
        <source>Instance memory</source>
        <translation>インスタンスのメモリ</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Service average utilization</source>
        <translation>サービスの平均使用率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Load balancer traffic</source>
        <translation>ロードバランサーのトラフィック</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>毎秒</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>used</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>インスタンス(&amp;I):</translation>
    </message>
    <message>
        <source>last 10 minutes, one sample a second</source>
        <translation>直近 10 分、1 秒ごとのサンプル</translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>%1 メモリ</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 リクエスト</translation>
    </message>
    <message>
        <source>%1 5xx</source>
        <translation>%1 5xx</translation>
    </message>
    <message>
        <source>%1: CPU</source>
        <translation>%1: CPU</translation>
    </message>
    <message>
        <source>%1: memory</source>
        <translation>%1: メモリ</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RunConfirmationDialog</name>
    <message>
        <source>Allows %1.</source>
        <translation>%1 を許可します。</translation>
    </message>
    <message>
        <source>Set &amp;Secrets…</source>
        <translation>シークレットを設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Run anyway</source>
        <translation>それでも実行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Run the Design?</source>
        <translation>設計を実行しますか?</translation>
    </message>
    <message>
        <source>Run %1?</source>
        <translation>%1 を実行しますか?</translation>
    </message>
    <message>
        <source>&lt;b&gt;This design reaches beyond its containers.&lt;/b&gt;&lt;br&gt;Access to the Docker daemon is root on the host, and these settings give the containers (or whoever reaches the daemon) power over it:</source>
        <translation>&lt;b&gt;この設計はコンテナの外に及びます。&lt;/b&gt;&lt;br&gt;Docker デーモンへのアクセスはホストの root 権限と同じです。次の設定はコンテナ (またはデーモンに到達できる人) にホストを操作する力を与えます:</translation>
    </message>
    <message>
        <source>Safety review</source>
        <translation>安全性の確認</translation>
    </message>
    <message>
        <source>I &amp;understand that running it gives this access to the host</source>
        <translation>実行するとホストにこのアクセスを与えることを理解しました(&amp;U)</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n secret(s) in the keychain…</source>
        <translation>
            <numerusform>キーチェーンで %n 個のシークレットを確認しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the secrets are set is unknown: %1
The run can start; a task whose secrets cannot be read stops with ResourceInitializationError.</source>
        <translation>シークレットが設定されているかわかりません: %1
実行は開始できます。シークレットを読めないタスクは ResourceInitializationError で停止します。</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) not set: tasks that need them will stop with ResourceInitializationError.</source>
        <translation>
            <numerusform>%n 個のシークレットが未設定です: それを必要とするタスクは ResourceInitializationError で停止します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n secret(s) the design needs are set.</source>
        <translation>
            <numerusform>設計が必要とするシークレット %n 個はすべて設定済みです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RunController</name>
    <message>
        <source>The run has stopped.</source>
        <translation>実行は停止しました。</translation>
    </message>
    <message numerus="yes">
        <source>the change gives the design %n error(s); nothing was changed</source>
        <translation>
            <numerusform>この変更で設計にエラーが %n 件生じます。何も変更していません</numerusform>
        </translation>
    </message>
    <message>
        <source>ECS API: %1</source>
        <translation>ECS API: %1</translation>
    </message>
    <message>
        <source>Down: %1</source>
        <translation>削除: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n container(s) of %1.</source>
        <translation>
            <numerusform>%1 のコンテナを %n 個削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The design has %n error(s); the Problems panel lists them. Fix them to run it.</source>
        <translation>
            <numerusform>設計にエラーが %n 件あります。「問題」パネルに一覧されています。実行するには修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to run: add a cluster, a task definition and a service.</source>
        <translation>実行するものがありません: クラスター、タスク定義、サービスを追加してください。</translation>
    </message>
    <message>
        <source>The run follows the edited design.</source>
        <translation>実行は編集後の設計に従います。</translation>
    </message>
    <message numerus="yes">
        <source>The edit gives the design %n error(s); the run goes on with the design it had.</source>
        <translation>
            <numerusform>この変更で設計にエラーが %n 件生じます。実行は変更前の設計のまま続きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale %1 to %2</source>
        <translation>%1 を %2 にスケール</translation>
    </message>
    <message>
        <source>Deploy %1 to %2</source>
        <translation>%1 を %2 にデプロイ</translation>
    </message>
    <message>
        <source>Force a new deployment of %1</source>
        <translation>%1 の新しいデプロイを強制</translation>
    </message>
    <message>
        <source>Drain %1</source>
        <translation>%1 をドレイン</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>%1 をアクティブにする</translation>
    </message>
    <message>
        <source>Add an instance to %1</source>
        <translation>%1 にインスタンスを追加</translation>
    </message>
    <message>
        <source>There is no cluster %1.</source>
        <translation>クラスター %1 はありません。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RunMode</name>
    <message>
        <source>Copied the shell lines for the aws CLI: paste them into a terminal, then aws --endpoint-url %1 ecs list-clusters</source>
        <translation>aws CLI 用のシェルの行をコピーしました: 端末に貼り付けてから aws --endpoint-url %1 ecs list-clusters を実行してください</translation>
    </message>
    <message>
        <source>ECS API %1</source>
        <translation>ECS API %1</translation>
    </message>
    <message>
        <source>The run answers the aws CLI and the SDKs at %1 (signed with your Berth API key). Click to copy the shell lines that point them here.</source>
        <translation>実行は %1 で aws CLI と SDK に応答します (Berth の API キーで署名)。クリックすると、接続先をここにするシェルの行をコピーします。</translation>
    </message>
    <message>
        <source>an unsigned caller</source>
        <translation>署名のない呼び出し元</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Berth checks every few seconds whether Docker answers again; the run goes on as soon as it does.</source>
        <translation>Berth は数秒ごとに Docker が応答するか確認します。応答すればすぐに実行を続けます。</translation>
    </message>
    <message>
        <source>The run was not started.</source>
        <translation>実行は開始されませんでした。</translation>
    </message>
    <message>
        <source>The run of the previous project stops; Run starts this one.</source>
        <translation>前のプロジェクトの実行は停止します。「実行」でこのプロジェクトを開始します。</translation>
    </message>
    <message>
        <source>Stopping the run before closing; close again to leave its containers running.</source>
        <translation>閉じる前に実行を停止しています。もう一度閉じるとコンテナを実行したままにします。</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Preparing the run…</source>
        <translation>実行を準備しています…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message numerus="yes">
        <source>Running: %1 of %n task(s) RUNNING</source>
        <translation>
            <numerusform>実行中: %n 個中 %1 個のタスクが RUNNING</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for Docker</source>
        <translation>Docker を待っています</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>%1 をスケール</translation>
    </message>
    <message>
        <source>Desired count of service %1:</source>
        <translation>サービス %1 の必要数:</translation>
    </message>
    <message>
        <source>%1 (always the latest revision)</source>
        <translation>%1 (常に最新のリビジョン)</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>%1 をデプロイ</translation>
    </message>
    <message>
        <source>Roll service %1 out to this revision (edit the task definition and save a new revision in its JSON tab first):</source>
        <translation>サービス %1 をこのリビジョンに移行します (先にタスク定義を編集し、その JSON タブで新しいリビジョンを保存してください):</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>タスク %1</translation>
    </message>
    <message>
        <source>Show &amp;Details and Logs</source>
        <translation>詳細とログを表示(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top Task</source>
        <translation>タスクを停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>負荷(&amp;L)</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>スケール(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Deploy Revision…</source>
        <translation>リビジョンをデプロイ(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Force New Deployment</source>
        <translation>新しいデプロイを強制(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>イベントを表示(&amp;E)</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>インスタンス %1</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>アクティブにする(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>ドレイン(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add an Instance to %1</source>
        <translation>%1 にインスタンスを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>&amp;Add an Instance</source>
        <translation>インスタンスを追加(&amp;A)</translation>
    </message>
    <message>
        <source>The lab clock runs %1 times faster than ECS&apos;s: a one-minute alarm period takes %2 s, a 300 s cooldown %3 s.</source>
        <translation>ラボの時計は ECS の %1 倍の速さで進みます: 1 分のアラーム期間は %2 秒、300 秒のクールダウンは %3 秒です。</translation>
    </message>
    <message>
        <source> · lab clock %1×</source>
        <translation> · ラボの時計 %1×</translation>
    </message>
    <message>
        <source>Generate &amp;Load…</source>
        <translation>負荷を生成(&amp;L)…</translation>
    </message>
    <message>
        <source>Load balancer %1</source>
        <translation>ロードバランサー %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2 refused: %3</source>
        <translation>%1 (%2) は拒否されました: %3</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RunOverlay</name>
    <message>
        <source>Task %1 (standalone, %2)</source>
        <translation>タスク %1 (スタンドアロン、%2)</translation>
    </message>
    <message>
        <source>Task %1 of service %2 (%3)</source>
        <translation>サービス %2 のタスク %1 (%3)</translation>
    </message>
    <message>
        <source>lastStatus %1, desiredStatus %2</source>
        <translation>lastStatus %1、desiredStatus %2</translation>
    </message>
    <message>
        <source>health %1</source>
        <translation>ヘルスチェック %1</translation>
    </message>
    <message>
        <source>stoppedReason: %1 (%2)</source>
        <translation>stoppedReason: %1 (%2)</translation>
    </message>
    <message>
        <source>container %1: %2</source>
        <translation>コンテナ %1: %2</translation>
    </message>
    <message>
        <source>container %1 exited with %2</source>
        <translation>コンテナ %1 が %2 で終了</translation>
    </message>
    <message>
        <source>CPU %1% · mem %2% reserved</source>
        <translation>CPU %1% · メモリ %2% 予約済み</translation>
    </message>
    <message numerus="yes">
        <source>Reserved of registered: CPU units %1 of %2, memory %3 of %4 MiB. In use: %5 CPU units, %6 MiB. %n task(s).</source>
        <translation>
            <numerusform>登録済みのうち予約済み: CPU ユニット %2 中 %1、メモリ %4 MiB 中 %3 MiB。使用中: %5 CPU ユニット、%6 MiB。タスク %n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more task(s): the Tasks panel lists them all.</source>
        <translation>
            <numerusform>ほかにタスク %n 個: すべて「タスク」パネルに一覧されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fargate</source>
        <translation>Fargate</translation>
    </message>
    <message>
        <source>Fargate tasks of cluster %1: they run on capacity the cluster does not manage, so they are on no instance.</source>
        <translation>クラスター %1 の Fargate タスク: クラスターが管理しない容量で実行されるため、どのインスタンスにも属しません。</translation>
    </message>
    <message>
        <source>%1 of %2 running · %3 pending</source>
        <translation>%2 個中 %1 個が実行中 · 保留中 %3</translation>
    </message>
    <message>
        <source>deploying %1: %2 of %3 running</source>
        <translation>%1 をデプロイ中: %3 個中 %2 個が実行中</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3) %4: desired %5, running %6, pending %7, failed %8</source>
        <translation>%1 %2 (%3) %4: 必要数 %5、実行中 %6、保留中 %7、失敗 %8</translation>
    </message>
    <message>
        <source>%1 req/s · %2 × 5xx</source>
        <translation>%1 リクエスト/秒 · 5xx %2 回</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>%1 (port %2 moved)</source>
        <translation>%1 (ポート %2 から移動)</translation>
    </message>
    <message>
        <source>%1:%2 (task %3): %4 %5</source>
        <translation>%1:%2 (タスク %3): %4 %5</translation>
    </message>
    <message>
        <source>%1 healthy · %2 unhealthy</source>
        <translation>正常 %1 · 異常 %2</translation>
    </message>
    <message>
        <source>%1 initial · %2 draining</source>
        <translation>初期 %1 · ドレイン中 %2</translation>
    </message>
    <message>
        <source>No registered targets</source>
        <translation>登録済みのターゲットなし</translation>
    </message>
    <message numerus="yes">
        <source>%1 (managed)
%2 · %3
%n task(s) · provider %4</source>
        <translation>
            <numerusform>%1 (マネージド)
%2 · %3
タスク %n 個 · プロバイダー %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Launched during the run by capacity provider %1&apos;s Auto Scaling group; it goes when it has run no task for a while.</source>
        <translation>実行中にキャパシティープロバイダー %1 の Auto Scaling グループが起動したインスタンスです。しばらくタスクを実行しないと削除されます。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RunReadiness</name>
    <message>
        <source>%1 was not looked up</source>
        <translation>%1 は確認していません</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RunTaskDialog</name>
    <message>
        <source>Run Task</source>
        <translation>タスクを実行</translation>
    </message>
    <message>
        <source>e.g. /demo --version (empty: as defined)</source>
        <translation>例: /demo --version (空欄: 定義どおり)</translation>
    </message>
    <message>
        <source>NAME=VALUE, one a line</source>
        <translation>NAME=VALUE、1 行に 1 つ</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>タスク定義(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>クラスター(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>数(&amp;C):</translation>
    </message>
    <message>
        <source>Co&amp;mmand override:</source>
        <translation>コマンドの上書き(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Environment overrides:</source>
        <translation>環境変数の上書き(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ScalingPolicyForm</name>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 ～ %2: %3</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>ステップなし</translation>
    </message>
    <message>
        <source>Policy &amp;name:</source>
        <translation>ポリシー名(&amp;N):</translation>
    </message>
    <message>
        <source>Policy &amp;type:</source>
        <translation>ポリシータイプ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>メトリクス(&amp;M):</translation>
    </message>
    <message>
        <source>Tar&amp;get value:</source>
        <translation>ターゲット値(&amp;G):</translation>
    </message>
    <message>
        <source>default (300 s)</source>
        <translation>既定 (300 秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Scale-&amp;out cooldown:</source>
        <translation>スケールアウトのクールダウン(&amp;O):</translation>
    </message>
    <message>
        <source>Scale-i&amp;n cooldown:</source>
        <translation>スケールインのクールダウン(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Never scale in</source>
        <translation>スケールインしない(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;larm name:</source>
        <translation>アラーム名(&amp;L):</translation>
    </message>
    <message>
        <source>Alarm &amp;metric:</source>
        <translation>アラームのメトリクス(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>比較(&amp;C):</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>しきい値(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Evaluation periods:</source>
        <translation>評価期間(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Datapoints to alarm:</source>
        <translation>アラームのデータポイント(&amp;D):</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;Adjustment:</source>
        <translation>調整タイプ(&amp;A):</translation>
    </message>
    <message>
        <source>Minimum c&amp;hange:</source>
        <translation>最小調整幅(&amp;H):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>C&amp;ooldown:</source>
        <translation>クールダウン(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Steps...</source>
        <translation>ステップ(&amp;S)...</translation>
    </message>
    <message>
        <source>Edit the step adjustments: bounds relative to the alarm&apos;s threshold and the change in tasks</source>
        <translation>ステップ調整を編集します: アラームのしきい値からの相対的な境界と、タスク数の変化</translation>
    </message>
    <message>
        <source>step adjustments</source>
        <translation>ステップ調整</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ScheduledActionForm</name>
    <message>
        <source>Action na&amp;me:</source>
        <translation>アクション名(&amp;M):</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>スケジュール(&amp;D):</translation>
    </message>
    <message>
        <source>at(yyyy-mm-ddThh:mm:ss), rate(N minutes|hours|days) or cron(min hour day month weekday year)</source>
        <translation>at(yyyy-mm-ddThh:mm:ss)、rate(N minutes|hours|days) または cron(分 時 日 月 曜日 年)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>Set m&amp;inimum to:</source>
        <translation>最小を次に設定(&amp;I):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更しない</translation>
    </message>
    <message>
        <source>Set ma&amp;ximum to:</source>
        <translation>最大を次に設定(&amp;X):</translation>
    </message>
    <message>
        <source>Optional: the action runs only from its start time to its end time (ISO 8601, e.g. 2026-12-24T08:00:00Z).</source>
        <translation>省略可能: アクションは開始時刻から終了時刻までの間だけ実行されます (ISO 8601、例: 2026-12-24T08:00:00Z)。</translation>
    </message>
    <message>
        <source>Sta&amp;rt time:</source>
        <translation>開始時刻(&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;nd time:</source>
        <translation>終了時刻(&amp;N):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::SecretKeys</name>
    <message>
        <source>%1 › %2 › registry credentials</source>
        <translation>%1 › %2 › レジストリの認証情報</translation>
    </message>
    <message>
        <source>%1 › %2 › $%3</source>
        <translation>%1 › %2 › $%3</translation>
    </message>
    <message>
        <source>pulls of %1</source>
        <translation>%1 のプル</translation>
    </message>
    <message>
        <source>not used by this design</source>
        <translation>この設計では使われていません</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>not set (optional)</source>
        <translation>未設定 (省略可)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>keychain failed</source>
        <translation>キーチェーンの失敗</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::SecretValueDialog</name>
    <message>
        <source>Add Secret</source>
        <translation>シークレットを追加</translation>
    </message>
    <message>
        <source>Set Secret</source>
        <translation>シークレットを設定</translation>
    </message>
    <message>
        <source>arn:aws:ssm:REGION:ACCOUNT:parameter/NAME or registry:HOST</source>
        <translation>arn:aws:ssm:REGION:ACCOUNT:parameter/NAME または registry:HOST</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>表示されません</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>Name the key: a secret&apos;s valueFrom, a repositoryCredentials parameter, or registry:HOST.</source>
        <translation>キーを指定してください: シークレットの valueFrom、repositoryCredentials のパラメータ、または registry:HOST。</translation>
    </message>
    <message>
        <source>Registry credentials are USER:PASSWORD or {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}.</source>
        <translation>レジストリの認証情報は USER:PASSWORD または {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;} です。</translation>
    </message>
    <message>
        <source>Registry credentials: USER:PASSWORD or {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}. </source>
        <translation>レジストリの認証情報: USER:PASSWORD または {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}。</translation>
    </message>
    <message>
        <source>The value goes to the OS keychain, never to a file.</source>
        <translation>値はファイルではなく OS のキーチェーンに保存されます。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::SecretsDialog</name>
    <message>
        <source>&amp;Set…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add Key…</source>
        <translation>キーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Secrets of %1</source>
        <translation>%1 のシークレット</translation>
    </message>
    <message>
        <source>The design needs no secrets. Add Key… stores a value anyway.</source>
        <translation>この設計にシークレットは不要です。「キーを追加…」で値を保存することはできます。</translation>
    </message>
    <message>
        <source>The values behind the design&apos;s secrets and registry credentials. A task whose secret is not set stops with ResourceInitializationError.</source>
        <translation>設計のシークレットとレジストリの認証情報の値。シークレットが未設定のタスクは ResourceInitializationError で停止します。</translation>
    </message>
    <message>
        <source>Values live in the OS keychain (service &quot;berth&quot;), never in the project file, and are never shown.</source>
        <translation>値は OS のキーチェーン (サービス &quot;berth&quot;) に置かれ、プロジェクトファイルには入らず、表示もされません。</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>シークレットのキー</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用箇所</translation>
    </message>
    <message>
        <source>Type the selected key&apos;s value (Enter)</source>
        <translation>選んだキーの値を入力する (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected key&apos;s value from the keychain (Del)</source>
        <translation>選んだキーの値をキーチェーンから削除する (Del)</translation>
    </message>
    <message>
        <source>Store the value of a key the design does not list</source>
        <translation>設計にないキーの値を保存する</translation>
    </message>
    <message>
        <source>Ask the keychain again</source>
        <translation>キーチェーンにもう一度問い合わせる</translation>
    </message>
    <message>
        <source>no secret store is available</source>
        <translation>使えるシークレットストアがありません</translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation>シークレットを削除</translation>
    </message>
    <message>
        <source>Delete the value of %1 from the keychain?</source>
        <translation>%1 の値をキーチェーンから削除しますか?</translation>
    </message>
    <message>
        <source>Tasks that need it stop with ResourceInitializationError until it is set again.</source>
        <translation>それを必要とするタスクは、再び設定されるまで ResourceInitializationError で停止します。</translation>
    </message>
    <message>
        <source>storing…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>%1 was not stored.</source>
        <translation>%1 を保存できませんでした。</translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation>削除しています…</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Without credentials, images from this registry are pulled anonymously.</source>
        <translation>認証情報がなければ、このレジストリのイメージは匿名でプルされます。</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1.
Values are never kept anywhere else: start or unlock the keychain, then press Refresh.</source>
        <translation>キーチェーンを使えませんでした: %1。
値はほかのどこにも保存しません: キーチェーンを起動するかロックを解除してから「更新」を押してください。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ServiceForm</name>
    <message>
        <source>&amp;Cluster:</source>
        <translation>クラスター(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>タスク定義(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Desired count:</source>
        <translation>必要数(&amp;D):</translation>
    </message>
    <message>
        <source> tasks</source>
        <translation> タスク</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>起動タイプ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Scheduling:</source>
        <translation>スケジューリング(&amp;S):</translation>
    </message>
    <message>
        <source>Minimum &amp;healthy:</source>
        <translation>最小ヘルス率(&amp;H):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>最大(&amp;X):</translation>
    </message>
    <message>
        <source>Health check &amp;grace:</source>
        <translation>ヘルスチェックの猶予期間(&amp;G):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Deployment circuit &amp;breaker</source>
        <translation>デプロイのサーキットブレーカー(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Roll back a failed deployment</source>
        <translation>失敗したデプロイをロールバック(&amp;R)</translation>
    </message>
    <message>
        <source>Placement strate&amp;gy:</source>
        <translation>配置戦略(&amp;G):</translation>
    </message>
    <message>
        <source>spread(attribute:ecs.availability-zone), binpack(memory)</source>
        <translation>spread(attribute:ecs.availability-zone), binpack(memory)</translation>
    </message>
    <message>
        <source>Placement constraints</source>
        <translation>配置制約</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>ターゲットグループ</translation>
    </message>
    <message>
        <source>Drag from the service&apos;s handle to a target group to add one.</source>
        <translation>サービスのハンドルからターゲットグループにドラッグすると追加できます。</translation>
    </message>
    <message>
        <source>Remove from target group</source>
        <translation>ターゲットグループから外す</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>ターゲットグループ</translation>
    </message>
    <message>
        <source>%1 ← container %2, port %3</source>
        <translation>%1 ← コンテナ %2、ポート %3</translation>
    </message>
    <message>
        <source>Auto Scaling</source>
        <translation>Auto Scaling</translation>
    </message>
    <message>
        <source>Capacity provider strategy</source>
        <translation>キャパシティープロバイダー戦略</translation>
    </message>
    <message>
        <source>none (cluster default)</source>
        <translation>なし (クラスターのデフォルト)</translation>
    </message>
    <message>
        <source>With none, the cluster&apos;s default capacity provider strategy places the tasks, or EC2 when it has none.</source>
        <translation>「なし」にすると、クラスターのデフォルトのキャパシティープロバイダー戦略でタスクが配置されます。デフォルト戦略がなければ EC2 で実行されます。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::StepAdjustmentsDialog</name>
    <message>
        <source>Step Adjustments</source>
        <translation>ステップ調整</translation>
    </message>
    <message>
        <source>Bounds are relative to the alarm&apos;s threshold; leave a bound empty for infinity. The lower bound is inclusive when the metric is above the threshold, the upper when it is below.</source>
        <translation>境界はアラームのしきい値からの相対値です。空欄の境界は無限大です。メトリクスがしきい値を上回るときは下限を含み、下回るときは上限を含みます。</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>ステップを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>ステップを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Step %1: the change &quot;%2&quot; is not a whole number of tasks (or percent).</source>
        <translation>ステップ %1: 調整「%2」はタスク数 (またはパーセント) の整数ではありません。</translation>
    </message>
    <message>
        <source>Step %1: the bound &quot;%2&quot; is not a number; leave it empty for infinity.</source>
        <translation>ステップ %1: 境界「%2」は数値ではありません。無限大にするには空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::SwarmDeployDialog</name>
    <message>
        <source>Leave out CPU and memory &amp;reservations (a swarm smaller than the design&apos;s cluster)</source>
        <translation>CPU とメモリの予約を省く(&amp;R) (設計のクラスターより小さい Swarm)</translation>
    </message>
    <message>
        <source>&amp;Label the nodes with the instances&apos; attributes first</source>
        <translation>先にノードにインスタンスの属性のラベルを付ける(&amp;L)</translation>
    </message>
    <message>
        <source>TLS client certificate from the &amp;keychain (docker-tls:HOST:PORT:ca.pem, cert.pem, key.pem)</source>
        <translation>キーチェーンの TLS クライアント証明書(&amp;K) (docker-tls:HOST:PORT:ca.pem、cert.pem、key.pem)</translation>
    </message>
    <message>
        <source>Deploy to Swarm</source>
        <translation>Swarm にデプロイ</translation>
    </message>
    <message>
        <source>DOCKER_HOST, else the local socket (tcp://host:2376)</source>
        <translation>DOCKER_HOST、なければローカルのソケット (tcp://host:2376)</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>マネージャー(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Stack:</source>
        <translation>スタック(&amp;S):</translation>
    </message>
    <message>
        <source>Swarm can follow everything in this design.</source>
        <translation>Swarm はこの設計のすべてに従えます。</translation>
    </message>
    <message>
        <source>Swarm schedules; it cannot follow these parts of the design:&lt;br&gt;%1</source>
        <translation>スケジューリングは Swarm が行います。設計の次の部分には従えません:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Stack</source>
        <translation>スタックを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Stopping the wait…</source>
        <translation>待機を止めています…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stack name Docker takes; use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, e.g. %2</source>
        <translation>&quot;%1&quot; は Docker が受け付けるスタック名ではありません。英小文字、数字、&apos;-&apos;、&apos;_&apos; を使ってください。例: %2</translation>
    </message>
    <message>
        <source>The design has errors; fix what the Problems panel lists, then deploy.</source>
        <translation>設計にエラーがあります。「問題」パネルの一覧を直してからデプロイしてください。</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>Deploying %1…</source>
        <translation>%1 をデプロイしています…</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Labelled %1</source>
        <translation>%1 にラベルを付けました</translation>
    </message>
    <message>
        <source>%1 converged in %2 s: every replica runs.</source>
        <translation>%1 は %2 秒で収束しました: すべてのレプリカが実行中です。</translation>
    </message>
    <message>
        <source>%1/%2 (%3 old)</source>
        <translation>%1/%2 (古いもの %3)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::TargetGroupForm</name>
    <message>
        <source>&amp;Protocol:</source>
        <translation>プロトコル(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Target type:</source>
        <translation>ターゲットタイプ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Deregistration delay:</source>
        <translation>登録解除の遅延(&amp;D):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health check&lt;/b&gt;</source>
        <translation>&lt;b&gt;ヘルスチェック&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>プロトコル(&amp;R):</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>パス(&amp;H):</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>ポート(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>タイムアウト(&amp;M):</translation>
    </message>
    <message>
        <source>H&amp;ealthy after:</source>
        <translation>正常とみなすまで(&amp;E):</translation>
    </message>
    <message>
        <source> checks</source>
        <translation> 回</translation>
    </message>
    <message>
        <source>&amp;Unhealthy after:</source>
        <translation>異常とみなすまで(&amp;U):</translation>
    </message>
    <message>
        <source>Success &amp;codes:</source>
        <translation>成功コード(&amp;C):</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::TaskChipItem</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::TaskDefinitionForm</name>
    <message>
        <source>&amp;Family:</source>
        <translation>ファミリー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>リビジョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Network mode:</source>
        <translation>ネットワークモード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Launch types:</source>
        <translation>起動タイプ(&amp;L):</translation>
    </message>
    <message>
        <source>Task &amp;CPU:</source>
        <translation>タスクの CPU(&amp;C):</translation>
    </message>
    <message>
        <source>e.g. 256 or 1 vCPU (required for FARGATE)</source>
        <translation>例: 256 または 1 vCPU (FARGATE では必須)</translation>
    </message>
    <message>
        <source>Task &amp;memory:</source>
        <translation>タスクのメモリ(&amp;M):</translation>
    </message>
    <message>
        <source>e.g. 512 or 1 GB</source>
        <translation>例: 512 または 1 GB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Ports: containerPort[:hostPort][/protocol], separated by commas; hostPort 0 is a dynamic port.</source>
        <translation>ポート: containerPort[:hostPort][/protocol] をカンマ区切りで。hostPort 0 は動的ポートです。</translation>
    </message>
    <message>
        <source>Containers:</source>
        <translation>コンテナ:</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>コンテナを追加</translation>
    </message>
    <message>
        <source>Remove container</source>
        <translation>コンテナを削除</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (最新)</translation>
    </message>
    <message>
        <source>container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>No service runs this revision yet: edits change it in place.</source>
        <translation>このリビジョンを実行しているサービスはまだありません: 編集はこのリビジョンをそのまま変更します。</translation>
    </message>
    <message>
        <source>Revisions are immutable, as in ECS: %1 runs %2, so an edit here registers revision %3; deploy it to roll it out.</source>
        <translation>ECS と同じくリビジョンは変更できません: %1 が %2 を実行しているため、ここで編集するとリビジョン %3 を登録します。反映するにはデプロイしてください。</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::TaskDefinitionJsonEditor</name>
    <message>
        <source>Save as new revision</source>
        <translation>新しいリビジョンとして保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Save as revision %1</source>
        <translation>リビジョン %1 として保存</translation>
    </message>
    <message>
        <source>Fix the errors first: ECS would refuse this definition.</source>
        <translation>先にエラーを直してください: ECS はこの定義を拒否します。</translation>
    </message>
    <message>
        <source>Registers the text as revision %1 of its family.</source>
        <translation>テキストをファミリーのリビジョン %1 として登録します。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation>最新のリビジョン</translation>
    </message>
    <message>
        <source>Register a new revision of %1</source>
        <translation>%1 の新しいリビジョンを登録</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::TaskDetailView</name>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>S&amp;top Task</source>
        <translation>タスクを停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>負荷(&amp;O)</translation>
    </message>
    <message>
        <source>Select a task on the canvas or in the Tasks panel.</source>
        <translation>キャンバスか「タスク」パネルでタスクを選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Task %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;タスク %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>(Fargate)</source>
        <translation>(Fargate)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>cpu / memory</source>
        <translation>cpu / memory</translation>
    </message>
    <message>
        <source>%1 units / %2 MiB</source>
        <translation>%1 ユニット / %2 MiB</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>コンテナ %1</translation>
    </message>
    <message>
        <source>, exit code %1</source>
        <translation>、終了コード %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>CPU / memory in use</source>
        <translation>使用中の CPU / メモリ</translation>
    </message>
    <message>
        <source>%1 % / %2 MiB</source>
        <translation>%1 % / %2 MiB</translation>
    </message>
    <message>
        <source>Docker container</source>
        <translation>Docker コンテナ</translation>
    </message>
    <message>
        <source>%1:%2 → %3/%4</source>
        <translation>%1:%2 → %3/%4</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::TasksTableModel</name>
    <message>
        <source>(standalone) %1</source>
        <translation>(スタンドアロン) %1</translation>
    </message>
    <message>
        <source>Fargate %1</source>
        <translation>Fargate %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::WindowActions</name>
    <message>
        <source>&amp;New Project</source>
        <translation>新しいプロジェクト(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty design</source>
        <translation>空の設計を始める</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .berth project</source>
        <translation>.berth プロジェクトを開く</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save under another name</source>
        <translation>別の名前で保存する</translation>
    </message>
    <message>
        <source>&amp;Import Task Definition…</source>
        <translation>タスク定義をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add an ECS task definition JSON file as a new revision</source>
        <translation>ECS タスク定義の JSON ファイルを新しいリビジョンとして追加する</translation>
    </message>
    <message>
        <source>Import from &amp;Clipboard</source>
        <translation>クリップボードからインポート(&amp;C)</translation>
    </message>
    <message>
        <source>Add the task definition JSON on the clipboard</source>
        <translation>クリップボードにあるタスク定義の JSON を追加する</translation>
    </message>
    <message>
        <source>&amp;Export ECS JSON…</source>
        <translation>ECS JSON を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Write register-task-definition and create-service inputs</source>
        <translation>register-task-definition と create-service の入力を書き出す</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Berth</source>
        <translation>Berth を閉じる</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the selection and delete it</source>
        <translation>選択範囲をコピーして削除する</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>選択範囲をコピーする</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste copied items, or a task definition&apos;s JSON</source>
        <translation>コピーした項目、またはタスク定義の JSON を貼り付ける</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Copy and paste the selection in one step</source>
        <translation>選択範囲のコピーと貼り付けを一度に行う</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected items or links</source>
        <translation>選択した項目またはリンクを削除する</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole design</source>
        <translation>設計全体を表示する</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>グリッドに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>Move items in grid steps</source>
        <translation>項目をグリッド単位で動かす</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>グリッドを表示(&amp;G)</translation>
    </message>
    <message>
        <source>Arrange &amp;Automatically</source>
        <translation>自動で配置(&amp;A)</translation>
    </message>
    <message>
        <source>Lay the whole design out again (undoable)</source>
        <translation>設計全体をもう一度レイアウトする (元に戻せます)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Check the design against ECS&apos;s rules now</source>
        <translation>設計を今すぐ ECS のルールで検証する</translation>
    </message>
    <message>
        <source>&amp;Plan Placement</source>
        <translation>配置プラン(&amp;P)</translation>
    </message>
    <message>
        <source>Show where every task would be placed</source>
        <translation>各タスクがどこに配置されるかを表示する</translation>
    </message>
    <message>
        <source>&amp;Secrets…</source>
        <translation>シークレット(&amp;S)…</translation>
    </message>
    <message>
        <source>Set the values behind the design&apos;s secrets</source>
        <translation>設計のシークレットの値を設定する</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the design on the local Docker engine</source>
        <translation>ローカルの Docker エンジンで設計を実行する</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop every task of the run</source>
        <translation>実行中のすべてのタスクを停止する</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Stop the run and remove every container the project started</source>
        <translation>実行を停止し、プロジェクトが起動したすべてのコンテナを削除する</translation>
    </message>
    <message>
        <source>Run &amp;Task…</source>
        <translation>タスクを実行(&amp;T)…</translation>
    </message>
    <message>
        <source>Run a standalone task with command and environment overrides</source>
        <translation>コマンドと環境変数を上書きしてスタンドアロンタスクを実行する</translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation>Berth について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>設計(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Berth will speak %1 from its next start.</source>
        <translation>次回の起動から Berth は %1 で表示されます。</translation>
    </message>
    <message>
        <source>BERTH_LANG=%1 is set on this machine and chooses the language before this menu does; Berth keeps speaking %2.</source>
        <translation>このマシンでは BERTH_LANG=%1 が設定されていて、このメニューより優先されます。Berth は %2 で表示し続けます。</translation>
    </message>
    <message>
        <source>&amp;Deploy to Swarm…</source>
        <translation>Swarm にデプロイ(&amp;D)…</translation>
    </message>
    <message>
        <source>Deploy the design to a Docker Swarm and watch it converge</source>
        <translation>設計を Docker Swarm にデプロイし、収束するまで見守る</translation>
    </message>
    <message>
        <source>&amp;Build and Push Image…</source>
        <translation>イメージをビルドしてプッシュ(&amp;B)…</translation>
    </message>
    <message>
        <source>Build a folder&apos;s Dockerfile and push the image to an ECR repository of the design, served by the local registry</source>
        <translation>フォルダーの Dockerfile をビルドし、ローカルレジストリが提供する設計内の ECR リポジトリにイメージをプッシュします</translation>
    </message>
    <message>
        <source>&amp;Labs...</source>
        <translation>ラボ(&amp;L)...</translation>
    </message>
</context>
<context>
    <name>Berth::Model</name>
    <message>
        <source>expected &apos;,&apos; before the next member or &apos;}&apos; to close the object</source>
        <translation>次のメンバーの前に &apos;,&apos; が、またはオブジェクトを閉じる &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>メンバー名のあとに &apos;:&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; before the next value or &apos;]&apos; to close the array</source>
        <translation>次の値の前に &apos;,&apos; が、または配列を閉じる &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between values</source>
        <translation>値と値の間に &apos;,&apos; が必要です</translation>
    </message>
    <message>
        <source>expected a value (a string in double quotes, a number, true, false, null, an object or an array)</source>
        <translation>値が必要です (二重引用符で囲んだ文字列、数値、true、false、null、オブジェクトまたは配列)</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>数値の途中でテキストが終わっています</translation>
    </message>
    <message>
        <source>this number is not valid JSON</source>
        <translation>この数値は JSON として正しくありません</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>文字列に不正なエスケープシーケンスがあります</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>テキストが正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>unterminated string: expected a closing &apos;&quot;&apos;</source>
        <translation>文字列が閉じていません: 閉じる &apos;&quot;&apos; が必要です</translation>
    </message>
    <message>
        <source>expected an object or an array</source>
        <translation>オブジェクトか配列が必要です</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>ドキュメントが大きすぎます</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>JSON の値の終わりのあとに余分なテキストがあります</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON として正しくありません</translation>
    </message>
    <message>
        <source>the file is empty: expected a JSON object</source>
        <translation>ファイルが空です: JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>最上位には JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>typographic quotes (“ ”) where JSON needs straight double quotes (&quot;); this happens when text is copied from a web page or a word processor. Replace every “ and ” with &quot; and try again</source>
        <translation>JSON では半角の二重引用符 (&quot;) が必要な箇所に、全角の引用符 (“ ”) があります。Web ページやワープロからテキストをコピーするとこうなります。“ と ” をすべて &quot; に置き換えてもう一度試してください</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <source>a string in double quotes</source>
        <translation>二重引用符で囲んだ文字列</translation>
    </message>
    <message>
        <source>an integer number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>expected a string in double quotes</source>
        <translation>二重引用符で囲んだ文字列が必要です</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>an object of name/value pairs</source>
        <translation>名前と値の組のオブジェクト</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数値 %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>文字列 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何もない</translation>
    </message>
    <message>
        <source>Write the value in double quotes, e.g. &quot;%1&quot;.</source>
        <translation>値を二重引用符で囲んでください。例: &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Remove the quotes: integers are JSON numbers.</source>
        <translation>引用符を外してください: 整数は JSON の数値です。</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;</source>
        <translation>不明なメンバー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove it; ECS rejects members it does not know.</source>
        <translation>削除してください。ECS は知らないメンバーを拒否します。</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>&quot;%1&quot; のことですか?</translation>
    </message>
    <message>
        <source>the required member &quot;%1&quot; is missing</source>
        <translation>必須のメンバー &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; を追加してください。</translation>
    </message>
    <message>
        <source>expected an integer number, found %1</source>
        <translation>整数が必要ですが、%1 があります</translation>
    </message>
    <message>
        <source>%1 does not fit in a 32-bit integer</source>
        <translation>%1 は 32 ビット整数に収まりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>expected ACTIVE or DRAINING, found &quot;%1&quot;</source>
        <translation>ACTIVE か DRAINING が必要ですが、&quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>expected &quot;application&quot; or &quot;network&quot;, found &quot;%1&quot;</source>
        <translation>&quot;application&quot; か &quot;network&quot; が必要ですが、&quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>this is an ECS task definition, not a Berth project; import it with &apos;berth import FILE --into PROJECT&apos;</source>
        <translation>これは Berth のプロジェクトではなく ECS のタスク定義です。&apos;berth import FILE --into PROJECT&apos; でインポートしてください</translation>
    </message>
    <message>
        <source>not a Berth project: &quot;format&quot; must be &quot;berth-project&quot;</source>
        <translation>Berth のプロジェクトではありません: &quot;format&quot; は &quot;berth-project&quot; である必要があります</translation>
    </message>
    <message>
        <source>the project has no valid &quot;version&quot; (expected a positive integer)</source>
        <translation>プロジェクトに正しい &quot;version&quot; がありません (正の整数が必要です)</translation>
    </message>
    <message>
        <source>this project was saved by a newer Berth (file version %1; this Berth reads up to version %2). Open it with a newer Berth.</source>
        <translation>このプロジェクトは新しい Berth で保存されています (ファイルのバージョン %1。この Berth が読めるのはバージョン %2 まで)。新しい Berth で開いてください。</translation>
    </message>
    <message>
        <source>expected the task definition as an object</source>
        <translation>タスク定義はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>そのようなファイルはありません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>this is a Berth project, not an ECS task definition</source>
        <translation>これは ECS のタスク定義ではなく Berth のプロジェクトです</translation>
    </message>
    <message>
        <source>not an ECS task definition: expected &quot;family&quot; and &quot;containerDefinitions&quot; (register-task-definition input) or {&quot;taskDefinition&quot;: {...}} (describe-task-definition output)</source>
        <translation>ECS のタスク定義ではありません: &quot;family&quot; と &quot;containerDefinitions&quot; (register-task-definition の入力) か {&quot;taskDefinition&quot;: {...}} (describe-task-definition の出力) が必要です</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>the cluster&apos;s %1 container instances are not in the template</source>
        <translation>クラスターのコンテナインスタンス %1 個はテンプレートに含まれません</translation>
    </message>
    <message>
        <source>Register EC2 instances with it (an Auto Scaling group of ECS-optimized AMIs with ECS_CLUSTER set) or run the services on Fargate.</source>
        <translation>EC2 インスタンスを登録するか (ECS_CLUSTER を設定した ECS 最適化 AMI の Auto Scaling グループ)、サービスを Fargate で実行してください。</translation>
    </message>
    <message>
        <source>the load balancer gets the VPC&apos;s default security group; the design has no security groups</source>
        <translation>ロードバランサーには VPC のデフォルトのセキュリティグループが付きます。設計にセキュリティグループがありません</translation>
    </message>
    <message>
        <source>Add SecurityGroups to %1 in the template that open the listener ports.</source>
        <translation>テンプレートの %1 に、リスナーのポートを開く SecurityGroups を追加してください。</translation>
    </message>
    <message>
        <source>The ACM certificate of the HTTPS and TLS listeners.</source>
        <translation>HTTPS と TLS のリスナーの ACM 証明書。</translation>
    </message>
    <message>
        <source>task definition %1 needs a task execution role (Fargate, secrets or awslogs) and the design names none</source>
        <translation>タスク定義 %1 にはタスク実行ロールが必要ですが (Fargate、シークレットまたは awslogs)、設計で指定されていません</translation>
    </message>
    <message>
        <source>Set ExecutionRoleArn of %1 to a role with AmazonECSTaskExecutionRolePolicy.</source>
        <translation>%1 の ExecutionRoleArn に AmazonECSTaskExecutionRolePolicy を持つロールを設定してください。</translation>
    </message>
    <message>
        <source>the service&apos;s task definition is not in the project; the service is left out of the template</source>
        <translation>サービスのタスク定義がプロジェクトにないため、サービスをテンプレートから除きました</translation>
    </message>
    <message>
        <source>Run &apos;berth validate&apos; and fix the service&apos;s taskDefinition.</source>
        <translation>&apos;berth validate&apos; を実行し、サービスの taskDefinition を直してください。</translation>
    </message>
    <message>
        <source>the awsvpc tasks get the VPC&apos;s default security group; the design names none</source>
        <translation>awsvpc のタスクには VPC のデフォルトのセキュリティグループが付きます。設計で指定されていません</translation>
    </message>
    <message>
        <source>Add SecurityGroups to the service&apos;s AwsvpcConfiguration in the template.</source>
        <translation>テンプレートで、サービスの AwsvpcConfiguration に SecurityGroups を追加してください。</translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its parent&apos;s permissions</source>
        <translation>フォルダー %1 を作成できません。親フォルダーの権限を確認してください</translation>
    </message>
    <message>
        <source>expected &quot;forward&quot;, &quot;fixed-response&quot; or &quot;redirect&quot;, found &quot;%1&quot;</source>
        <translation>&quot;forward&quot;、&quot;fixed-response&quot;、&quot;redirect&quot; のいずれかが必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule: use at(yyyy-mm-ddThh:mm:ss), rate(N minutes|hours|days) or cron(min hour day month weekday year)</source>
        <translation>&quot;%1&quot; はスケジュールではありません: at(yyyy-mm-ddThh:mm:ss)、rate(N minutes|hours|days)、cron(分 時 日 月 曜日 年) のいずれかを使ってください</translation>
    </message>
    <message>
        <source>at(%1) is not a time: write at(yyyy-mm-ddThh:mm:ss), e.g. at(2026-12-24T18:00:00)</source>
        <translation>at(%1) は日時ではありません: at(yyyy-mm-ddThh:mm:ss) の形で書いてください (例: at(2026-12-24T18:00:00))</translation>
    </message>
    <message>
        <source>rate(%1) is not a rate: write rate(1 minute), rate(5 minutes), rate(1 hour), rate(2 days), ...</source>
        <translation>rate(%1) は間隔ではありません: rate(1 minute)、rate(5 minutes)、rate(1 hour)、rate(2 days) などと書いてください</translation>
    </message>
    <message>
        <source>cron(%1) needs six fields: minutes hours day-of-month month day-of-week year, e.g. cron(0 8 * * ? *)</source>
        <translation>cron(%1) には 6 つのフィールド (分 時 日 月 曜日 年) が必要です (例: cron(0 8 * * ? *))</translation>
    </message>
    <message>
        <source>cron(%1): field %2 (&quot;%3&quot;) is not understood; Berth reads *, ?, numbers, ranges a-b, lists a,b, steps /n and month and day names, not L, W or #</source>
        <translation>cron(%1): フィールド %2 (&quot;%3&quot;) を解釈できません。Berth が読めるのは *、?、数値、範囲 a-b、リスト a,b、ステップ /n、月と曜日の名前で、L、W、# は読めません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unknown member; expected one of %2</source>
        <translation>%1: 不明なメンバーです。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1: missing; give the text in &quot;en&quot; and &quot;ja&quot;</source>
        <translation>%1: ありません。&quot;en&quot; と &quot;ja&quot; でテキストを指定してください</translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; text is missing or empty</source>
        <translation>%1: &quot;%2&quot; のテキストがないか空です</translation>
    </message>
    <message>
        <source>%1: step &apos;%2&apos; has no %3 (missing or empty)</source>
        <translation>%1: ステップ &apos;%2&apos; に %3 がありません (ないか空です)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a check kind; expected one of %3</source>
        <translation>%1: &quot;%2&quot; はチェックの種類ではありません。%3 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1: a &quot;%2&quot; check needs &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; チェックには &quot;%3&quot; が必要です</translation>
    </message>
    <message>
        <source>%1: a &quot;%2&quot; check needs one of %3</source>
        <translation>%1: &quot;%2&quot; チェックには %3 のいずれかが必要です</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1: not an edit; expected one of %2</source>
        <translation>%1: 編集ではありません。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>expected a path</source>
        <translation>パスが必要です</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs a &quot;value&quot;</source>
        <translation>%1: &quot;%2&quot; には &quot;value&quot; が必要です</translation>
    </message>
    <message>
        <source>%1: there is no file %2 in the lab&apos;s folder</source>
        <translation>%1: ラボのフォルダーにファイル %2 がありません</translation>
    </message>
    <message>
        <source>no such file; a lab folder holds lab.json</source>
        <translation>ファイルがありません。ラボのフォルダーには lab.json が必要です</translation>
    </message>
    <message>
        <source>expected an object at the top</source>
        <translation>最上位にはオブジェクトが必要です</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;</source>
        <translation>$.format: &quot;%1&quot; が必要です</translation>
    </message>
    <message>
        <source>$.id: expected lower-case letters, digits and &apos;-&apos;</source>
        <translation>$.id: 英小文字、数字、&apos;-&apos; が使えます</translation>
    </message>
    <message>
        <source>$.hintCostPercent: expected 0 to 100</source>
        <translation>$.hintCostPercent: 0 から 100 を指定してください</translation>
    </message>
    <message>
        <source>$.design: missing; name the starting design, e.g. &quot;start.berth&quot;</source>
        <translation>$.design: ありません。開始時の設計を指定してください。例: &quot;start.berth&quot;</translation>
    </message>
    <message>
        <source>%1: expected {&quot;min&quot;: N, &quot;max&quot;: M} with N &lt;= M</source>
        <translation>%1: N &lt;= M となる {&quot;min&quot;: N, &quot;max&quot;: M} が必要です</translation>
    </message>
    <message>
        <source>$.steps: a lab needs at least one step</source>
        <translation>$.steps: ラボには少なくとも 1 つのステップが必要です</translation>
    </message>
    <message>
        <source>%1: expected lower-case letters, digits and &apos;-&apos;</source>
        <translation>%1: 英小文字、数字、&apos;-&apos; が使えます</translation>
    </message>
    <message>
        <source>%1: another step has the id &apos;%2&apos;</source>
        <translation>%1: 別のステップが ID &apos;%2&apos; を使っています</translation>
    </message>
    <message>
        <source>%1: a hint needs &quot;en&quot; and &quot;ja&quot; texts</source>
        <translation>%1: ヒントには &quot;en&quot; と &quot;ja&quot; のテキストが必要です</translation>
    </message>
    <message>
        <source>%1: a step needs at least one check in &quot;checks&quot;</source>
        <translation>%1: ステップには &quot;checks&quot; に少なくとも 1 つのチェックが必要です</translation>
    </message>
    <message>
        <source>%1: a step needs its &quot;solution&quot; (the edits that complete it, for catch-up)</source>
        <translation>%1: ステップには &quot;solution&quot; (追いつきに使う、ステップを完了させる編集) が必要です</translation>
    </message>
    <message>
        <source>%1: expected an array of edits</source>
        <translation>%1: 編集の配列が必要です</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>パスが空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a member name with an optional [INDEX] or [NAME]</source>
        <translation>&apos;%1&apos; は、省略可能な [INDEX] または [NAME] を付けたメンバー名ではありません</translation>
    </message>
    <message>
        <source>the edited design does not load: %1</source>
        <translation>編集した設計を読み込めません: %1</translation>
    </message>
    <message>
        <source>the edited design does not load: %1: %2</source>
        <translation>編集した設計を読み込めません: %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>not a design edit</source>
        <translation>設計の編集ではありません</translation>
    </message>
    <message>
        <source>the design has nothing at %1</source>
        <translation>設計の %1 には何もありません</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>not a lab result: expected &quot;format&quot;: &quot;%1&quot;</source>
        <translation>ラボの結果ではありません。&quot;format&quot;: &quot;%1&quot; が必要です</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full or the file may not grow (%2); the file was not changed</source>
        <translation>%1 を保存できません: ディスクがいっぱいか、ファイルをこれ以上大きくできません (%2)。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>%1: &quot;folder&quot; names no folder in the lab&apos;s folder</source>
        <translation>%1: &quot;folder&quot; に指定したフォルダがラボのフォルダにありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs a &quot;tag&quot; (REPOSITORY:TAG)</source>
        <translation>%1: &quot;%2&quot; には &quot;tag&quot; (REPOSITORY:TAG) が必要です</translation>
    </message>
    <message>
        <source>cannot save %1: the file is read-only; the file was not changed</source>
        <translation>%1 を保存できません: ファイルが読み取り専用です。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>cannot save %1: its folder %2 is read-only (Berth saves by writing a new file beside the old one); the file was not changed</source>
        <translation>%1 を保存できません: フォルダー %2 が読み取り専用です (Berth は古いファイルの隣に新しいファイルを書いて保存します)。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>%1: expected a number of targets, or {&quot;atLeast&quot;: N} and/or {&quot;atMost&quot;: N}</source>
        <translation>%1: ターゲット数、または {&quot;atLeast&quot;: N} と {&quot;atMost&quot;: N} のどちらか (または両方) が必要です</translation>
    </message>
    <message>
        <source>%1: &quot;load&quot; needs a &quot;loadBalancer&quot;, a &quot;rate&quot; (1 to 100000 requests a second) and a &quot;duration&quot; (1 to 86400 seconds)</source>
        <translation>%1: &quot;load&quot; には &quot;loadBalancer&quot;、&quot;rate&quot; (1 秒あたり 1～100000 リクエスト)、&quot;duration&quot; (1～86400 秒) が必要です</translation>
    </message>
    <message>
        <source>The name or ARN of the Auto Scaling group behind capacity provider %1 (%2 instances, %3 to %4, in %5).</source>
        <translation>キャパシティープロバイダー %1 の Auto Scaling グループの名前または ARN (%2 インスタンス、%3 から %4 台、%5)。</translation>
    </message>
    <message numerus="yes">
        <source>the Auto Scaling groups of the cluster&apos;s %n capacity provider(s) are template parameters, not resources</source>
        <translation>
            <numerusform>クラスターの %n 個のキャパシティープロバイダーの Auto Scaling グループは、リソースではなくテンプレートのパラメーターです</numerusform>
        </translation>
    </message>
    <message>
        <source>Create each group (ECS-optimized AMI, ECS_CLUSTER=%1 in its user data, new instances protected from scale-in) and give its name or ARN.</source>
        <translation>各グループを作成し (ECS 最適化 AMI、ユーザーデータに ECS_CLUSTER=%1、新しいインスタンスはスケールインから保護)、その名前または ARN を指定してください。</translation>
    </message>
    <message>
        <source>no lab folder named %1 here (a folder with a lab.json); correct the name or remove the line</source>
        <translation>ここには %1 という名前のラボのフォルダー (lab.json のあるフォルダー) がありません。名前を直すか、その行を削除してください</translation>
    </message>
    <message>
        <source>%1: expected a number of instances, or {&quot;atLeast&quot;: N} and/or {&quot;atMost&quot;: N}</source>
        <translation>%1: インスタンス数、または {&quot;atLeast&quot;: N} と {&quot;atMost&quot;: N} のどちらか (または両方) が必要です</translation>
    </message>
    <message>
        <source>%1: expected &quot;ACTIVE&quot; or &quot;DRAINING&quot;</source>
        <translation>%1: &quot;ACTIVE&quot; または &quot;DRAINING&quot; が必要です</translation>
    </message>
</context>
<context>
    <name>Berth::Model::DesignEdits</name>
    <message>
        <source>project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>container instance</source>
        <translation>コンテナインスタンス</translation>
    </message>
    <message>
        <source>Fargate capacity</source>
        <translation>Fargate の容量</translation>
    </message>
    <message>
        <source>task definition</source>
        <translation>タスク定義</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>application load balancer</source>
        <translation>Application Load Balancer</translation>
    </message>
    <message>
        <source>network load balancer</source>
        <translation>Network Load Balancer</translation>
    </message>
    <message>
        <source>listener rule</source>
        <translation>リスナールール</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>ターゲットグループ</translation>
    </message>
    <message>
        <source>instance %1 of %2</source>
        <translation>%2 のインスタンス %1</translation>
    </message>
    <message>
        <source>rule %1 of %2</source>
        <translation>%2 のルール %1</translation>
    </message>
    <message>
        <source>a rule of %1</source>
        <translation>%1 のルール</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>名前は空にできません。</translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>&quot;%2&quot; という名前の %1 はすでにあります。</translation>
    </message>
    <message>
        <source>A %1 has no name to change.</source>
        <translation>%1 には変更する名前がありません。</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>サービス %1 はありません。</translation>
    </message>
    <message>
        <source>A desired count cannot be negative (%1).</source>
        <translation>必要数を負の値にはできません (%1)。</translation>
    </message>
    <message>
        <source>There is no task definition %1.</source>
        <translation>タスク定義 %1 はありません。</translation>
    </message>
    <message>
        <source>Name the revision to deregister, as FAMILY:REVISION.</source>
        <translation>登録解除するリビジョンを FAMILY:REVISION の形で指定してください。</translation>
    </message>
    <message>
        <source>The design has no task definition %1.</source>
        <translation>設計にタスク定義 %1 はありません。</translation>
    </message>
    <message>
        <source>There is no container instance %1 in cluster %2.</source>
        <translation>クラスター %2 にコンテナインスタンス %1 はありません。</translation>
    </message>
    <message>
        <source>ECR repository</source>
        <translation>ECR リポジトリ</translation>
    </message>
    <message>
        <source>An ECR repository name is lower case, 2-256 characters: letters and digits joined by &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;/&apos; (&quot;%1&quot; is not).</source>
        <translation>ECR のリポジトリ名は小文字で 2-256 文字です: 英字と数字を &apos;.&apos;、&apos;_&apos;、&apos;-&apos; または &apos;/&apos; でつないだもの (&quot;%1&quot; は不可)。</translation>
    </message>
</context>
<context>
    <name>Berth::Model::LocalRules</name>
    <message>
        <source>Nothing to do; check the size on AWS, where the limit applies.</source>
        <translation>対処は不要です。制限が適用される AWS でサイズを確認してください。</translation>
    </message>
    <message>
        <source>runtimePlatform is kept for AWS; locally the containers run on this machine&apos;s platform (%1)</source>
        <translation>runtimePlatform は AWS 用に保持します。ローカルではコンテナはこのマシンのプラットフォーム (%1) で実行されます</translation>
    </message>
    <message>
        <source>Use images built for this machine&apos;s architecture to run them here.</source>
        <translation>ここで実行するには、このマシンのアーキテクチャ向けにビルドしたイメージを使ってください。</translation>
    </message>
    <message>
        <source>the App Mesh proxy configuration is kept for AWS; locally no proxy is set up and containers reach each other directly</source>
        <translation>App Mesh のプロキシ設定は AWS 用に保持します。ローカルではプロキシは設定されず、コンテナ同士は直接通信します</translation>
    </message>
    <message>
        <source>Nothing to do; test the mesh on AWS.</source>
        <translation>対処は不要です。メッシュは AWS で確認してください。</translation>
    </message>
    <message>
        <source>the task role is kept for AWS; locally there is no credentials endpoint, so AWS SDKs in the containers find no role credentials</source>
        <translation>タスクロールは AWS 用に保持します。ローカルには認証情報エンドポイントがないため、コンテナ内の AWS SDK はロールの認証情報を見つけられません</translation>
    </message>
    <message>
        <source>Give the containers credentials through secrets if they must call AWS from here.</source>
        <translation>ここからコンテナが AWS を呼び出す必要があるなら、シークレットで認証情報を渡してください。</translation>
    </message>
    <message>
        <source>Nothing to do; data written here stays on this machine.</source>
        <translation>対処は不要です。ここで書き込んだデータはこのマシンに残ります。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot;: environment files live in S3 and are not read locally; the container starts without their variables</source>
        <translation>コンテナ &quot;%1&quot;: 環境ファイルは S3 にあり、ローカルでは読み込みません。コンテナはその変数なしで起動します</translation>
    </message>
    <message>
        <source>Copy the variables the container needs into environment (or secrets).</source>
        <translation>コンテナに必要な変数を environment (またはシークレット) にコピーしてください。</translation>
    </message>
    <message>
        <source>Nothing to do; read the logs in the Logs panel or with berth logs.</source>
        <translation>対処は不要です。ログは「ログ」パネルか berth logs で読めます。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot;: the log driver &quot;%2&quot; is kept for AWS; locally the logs go to json-file, which Berth&apos;s Logs panel shows</source>
        <translation>コンテナ &quot;%1&quot;: ログドライバー &quot;%2&quot; は AWS 用に保持します。ローカルではログは json-file に書かれ、Berth の「ログ」パネルに表示されます</translation>
    </message>
    <message>
        <source>container &quot;%1&quot;: the restart policy is kept for AWS; locally a container that exits is not restarted in place (an essential one stops its task, and its service starts a new task)</source>
        <translation>コンテナ &quot;%1&quot;: 再起動ポリシーは AWS 用に保持します。ローカルでは終了したコンテナはその場で再起動されません (必須コンテナならタスクが停止し、サービスが新しいタスクを開始します)</translation>
    </message>
    <message>
        <source>Nothing to do; watch the service replace the task.</source>
        <translation>対処は不要です。サービスがタスクを置き換える様子を確認してください。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot;: GPUs are kept for AWS; locally none is reserved or passed to the container, and placement does not count them</source>
        <translation>コンテナ &quot;%1&quot;: GPU は AWS 用に保持します。ローカルでは GPU の予約もコンテナへの割り当ても行わず、配置でも数えません</translation>
    </message>
    <message>
        <source>Nothing to do; placement by GPU happens on AWS only.</source>
        <translation>対処は不要です。GPU による配置は AWS でのみ行われます。</translation>
    </message>
    <message>
        <source>the %1 deployment controller is kept for AWS; locally Berth deploys with ECS&apos;s rolling update</source>
        <translation>デプロイコントローラー %1 は AWS 用に保持します。ローカルでは Berth は ECS のローリング更新でデプロイします</translation>
    </message>
    <message>
        <source>Nothing to do; blue/green and external deployments run on AWS only.</source>
        <translation>対処は不要です。Blue/Green デプロイと外部デプロイは AWS でのみ実行されます。</translation>
    </message>
    <message>
        <source>service discovery (Cloud Map) is kept for AWS; locally no DNS name is registered for the tasks</source>
        <translation>サービス検出 (Cloud Map) は AWS 用に保持します。ローカルではタスクの DNS 名は登録されません</translation>
    </message>
    <message>
        <source>Reach the service through its load balancer&apos;s name (NAME.lb.berth).</source>
        <translation>サービスにはロードバランサーの名前 (NAME.lb.berth) で接続してください。</translation>
    </message>
    <message>
        <source>deployment alarms are kept for AWS; locally no CloudWatch alarm watches the deployment, only the circuit breaker</source>
        <translation>デプロイのアラームは AWS 用に保持します。ローカルでは CloudWatch アラームはデプロイを監視せず、サーキットブレーカーだけが監視します</translation>
    </message>
    <message>
        <source>Enable the deployment circuit breaker to have failed deployments stopped here.</source>
        <translation>失敗したデプロイをここで止めるには、デプロイのサーキットブレーカーを有効にしてください。</translation>
    </message>
    <message>
        <source>ephemeralStorage is kept for AWS; locally the containers write to this machine&apos;s disk without a size limit</source>
        <translation>ephemeralStorage は AWS 用に保持します。ローカルではコンテナはこのマシンのディスクにサイズ制限なしで書き込みます</translation>
    </message>
    <message>
        <source>volume &quot;%1&quot; is an EFS or FSx file system on AWS; locally it is a volume on this machine, shared by the tasks that use it</source>
        <translation>ボリューム &quot;%1&quot; は AWS では EFS か FSx のファイルシステムです。ローカルではこのマシンのボリュームで、それを使うタスクで共有されます</translation>
    </message>
    <message>
        <source>container &quot;%1&quot;: FireLens does not route logs locally; every container&apos;s output goes to the local json-file log, which Berth&apos;s Logs panel shows</source>
        <translation>コンテナ &quot;%1&quot;: ローカルでは FireLens はログを転送しません。すべてのコンテナの出力はローカルの json-file ログに書かれ、Berth の「ログ」パネルに表示されます</translation>
    </message>
    <message>
        <source>new revision available: service %1 runs %2, and %3 is registered but not deployed (a service runs the revision it was given)</source>
        <translation>新しいリビジョンがあります: サービス %1 は %2 を実行しており、%3 は登録済みですがデプロイされていません (サービスは指定されたリビジョンを実行します)</translation>
    </message>
    <message>
        <source>Deploy it: pick %1 in the service&apos;s Task definition field, or run &apos;berth service PROJECT %2 --task-definition %1&apos;.</source>
        <translation>デプロイしてください: サービスの「タスク定義」欄で %1 を選ぶか、&apos;berth service PROJECT %2 --task-definition %1&apos; を実行します。</translation>
    </message>
</context>
<context>
    <name>Berth::Model::Query</name>
    <message>
        <source>the expression has %1 characters; ECS accepts at most %2</source>
        <translation>式が %1 文字あります。ECS が受け付けるのは %2 文字までです</translation>
    </message>
    <message>
        <source>found &apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>対応する &apos;(&apos; のない &apos;)&apos; があります</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or end of expression after %1, found %2</source>
        <translation>%1 のあとには &apos;and&apos;、&apos;or&apos; または式の終わりが必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>; quote values that contain spaces</source>
        <translation>。空白を含む値は引用符で囲んでください</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found end of expression</source>
        <translation>%1 列目の &apos;(&apos; を閉じる &apos;)&apos; が必要ですが、式が終わっています</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or &apos;)&apos; after %1, found %2</source>
        <translation>%1 のあとには &apos;and&apos;、&apos;or&apos; または &apos;)&apos; が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no argument, found %2</source>
        <translation>&apos;%1&apos; は引数を取りませんが、%2 があります</translation>
    </message>
    <message>
        <source>expected an attribute name after &apos;attribute:&apos;</source>
        <translation>&apos;attribute:&apos; のあとに属性名が必要です</translation>
    </message>
    <message>
        <source>an attribute name has at most %1 characters; this one has %2</source>
        <translation>属性名は %1 文字までですが、これは %2 文字です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot appear in an attribute name; names may contain letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;/&apos; and &apos;\&apos;</source>
        <translation>属性名に &apos;%1&apos; は使えません。使えるのは英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos;、&apos;/&apos;、&apos;\&apos; です</translation>
    </message>
    <message>
        <source>expected an operator after %1, found %2</source>
        <translation>%1 のあとに演算子が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>; write &apos;!%1&apos; without a space</source>
        <translation>。&apos;!%1&apos; は空白を入れずに書きます</translation>
    </message>
    <message>
        <source>%1 cannot be used with %2; use one of %3</source>
        <translation>%1 は %2 と一緒に使えません。%3 のいずれかを使ってください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares with one value; use &apos;in&apos; for a list</source>
        <translation>&apos;%1&apos; は 1 つの値と比較します。リストには &apos;in&apos; を使ってください</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;, found %2</source>
        <translation>&apos;%1&apos; のあとに値が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>; quote it to use it as a value</source>
        <translation>。値として使うには引用符で囲んでください</translation>
    </message>
    <message>
        <source>expected a list such as [a, b] after &apos;%1&apos;, found %2</source>
        <translation>&apos;%1&apos; のあとに [a, b] のようなリストが必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>expected a value in the list opened at column %1, found %2</source>
        <translation>%1 列目で始まるリストに値が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; to close the list opened at column %1, found %2</source>
        <translation>%1 列目で始まるリストを閉じる &apos;,&apos; か &apos;]&apos; が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>expected a whole number for runningTasksCount, found %1</source>
        <translation>runningTasksCount には整数が必要ですが、%1 があります</translation>
    </message>
    <message>
        <source>expected an agent version such as 1.14.5, found %1</source>
        <translation>1.14.5 のようなエージェントのバージョンが必要ですが、%1 があります</translation>
    </message>
    <message>
        <source>expected a date such as 2018-02-13 or 2018-02-13T22:28:28Z for registeredAt, found %1</source>
        <translation>registeredAt には 2018-02-13 や 2018-02-13T22:28:28Z のような日付が必要ですが、%1 があります</translation>
    </message>
    <message>
        <source>expected true or false for agentConnected, found %1</source>
        <translation>agentConnected には true か false が必要ですが、%1 があります</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>不正な正規表現: %1</translation>
    </message>
    <message>
        <source>the expression nests more than %1 levels deep</source>
        <translation>式の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>; operator words are written in lowercase: &apos;%1&apos;</source>
        <translation>。演算子の語は小文字で書きます: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the quoted value starting at column %1 is never closed; add %2 at its end</source>
        <translation>%1 列目で始まる引用符付きの値が閉じていません。末尾に %2 を追加してください</translation>
    </message>
    <message>
        <source>unknown operator &apos;=&apos;; did you mean &apos;==&apos;?</source>
        <translation>不明な演算子 &apos;=&apos;。&apos;==&apos; のことですか?</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;; did you mean &apos;%1%1&apos;?</source>
        <translation>不明な演算子 &apos;%1&apos;。&apos;%1%1&apos; のことですか?</translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation>不明な主語 %1</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>。&apos;%1&apos; のことですか?</translation>
    </message>
    <message>
        <source>; subjects are agentConnected, agentVersion, attribute:NAME, ec2InstanceId, registeredAt, runningTasksCount and task:group</source>
        <translation>。主語は agentConnected、agentVersion、attribute:NAME、ec2InstanceId、registeredAt、runningTasksCount、task:group です</translation>
    </message>
    <message>
        <source>expected an expression after %1, found %2</source>
        <translation>%1 のあとに式が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>expected an expression, found %1</source>
        <translation>式が必要ですが、%1 があります</translation>
    </message>
    <message>
        <source>end of expression</source>
        <translation>式の終わり</translation>
    </message>
</context>
<context>
    <name>Berth::Model::SafetyReview</name>
    <message>
        <source>task definition %1 shares the host&apos;s process namespace</source>
        <translation>タスク定義 %1 はホストのプロセス名前空間を共有します</translation>
    </message>
    <message>
        <source>seeing every process of the host, their command lines and environments, and signalling them</source>
        <translation>ホストのすべてのプロセスとそのコマンドライン、環境変数を見て、シグナルを送ること</translation>
    </message>
    <message>
        <source>task definition %1 shares the host&apos;s IPC namespace</source>
        <translation>タスク定義 %1 はホストの IPC 名前空間を共有します</translation>
    </message>
    <message>
        <source>reading and writing the shared memory of the host&apos;s processes</source>
        <translation>ホストのプロセスの共有メモリの読み書き</translation>
    </message>
    <message>
        <source>reading and writing every file of the host: root on the host</source>
        <translation>ホストのすべてのファイルの読み書き: ホストの root 権限</translation>
    </message>
    <message>
        <source>reading and writing %1 on the host</source>
        <translation>ホストの %1 の読み書き</translation>
    </message>
    <message>
        <source>volume %1 of %2 mounts the host path %3</source>
        <translation>%2 のボリューム %1 はホストのパス %3 をマウントします</translation>
    </message>
    <message>
        <source>container %1 of %2 runs privileged</source>
        <translation>%2 のコンテナ %1 は privileged で実行されます</translation>
    </message>
    <message>
        <source>every device and every capability of the host: root on the host</source>
        <translation>ホストのすべてのデバイスとすべての capability: ホストの root 権限</translation>
    </message>
    <message>
        <source>mounting file systems and most of what root may do: close to root on the host</source>
        <translation>ファイルシステムのマウントと、root ができることのほとんど: ホストの root 権限に近い</translation>
    </message>
    <message>
        <source>changing network configuration and crafting raw packets</source>
        <translation>ネットワーク設定の変更と raw パケットの作成</translation>
    </message>
    <message>
        <source>reading and changing the memory of other processes</source>
        <translation>ほかのプロセスのメモリの読み取りと変更</translation>
    </message>
    <message>
        <source>loading kernel modules: root on the host</source>
        <translation>カーネルモジュールの読み込み: ホストの root 権限</translation>
    </message>
    <message>
        <source>kernel operations a container may not do by default</source>
        <translation>コンテナが既定ではできないカーネル操作</translation>
    </message>
    <message>
        <source>container %1 of %2 adds the Linux capability %3</source>
        <translation>%2 のコンテナ %1 は Linux の capability %3 を追加します</translation>
    </message>
    <message>
        <source>- %1; this allows %2
</source>
        <translation>- %1。これにより %2 が可能になります
</translation>
    </message>
</context>
<context>
    <name>Berth::Model::Validator</name>
    <message>
        <source>a distinctInstance constraint takes no expression</source>
        <translation>distinctInstance 制約は式を取りません</translation>
    </message>
    <message>
        <source>Remove the expression, or change the type to memberOf.</source>
        <translation>式を削除するか、タイプを memberOf に変えてください。</translation>
    </message>
    <message>
        <source>a task definition&apos;s placementConstraints take only type memberOf, not &quot;%1&quot;</source>
        <translation>タスク定義の placementConstraints が取るのはタイプ memberOf だけです (&quot;%1&quot; は不可)</translation>
    </message>
    <message>
        <source>Set distinctInstance on the service instead.</source>
        <translation>代わりにサービスで distinctInstance を設定してください。</translation>
    </message>
    <message>
        <source>Use memberOf with a cluster query expression.</source>
        <translation>クラスタークエリ式で memberOf を使ってください。</translation>
    </message>
    <message>
        <source>unknown placement constraint type &quot;%1&quot;</source>
        <translation>不明な配置制約タイプ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use distinctInstance or memberOf.</source>
        <translation>distinctInstance か memberOf を使ってください。</translation>
    </message>
    <message>
        <source>a memberOf constraint needs an expression</source>
        <translation>memberOf 制約には式が必要です</translation>
    </message>
    <message>
        <source>Write a cluster query expression, e.g. attribute:ecs.availability-zone in [us-east-1a, us-east-1b].</source>
        <translation>クラスタークエリ式を書いてください。例: attribute:ecs.availability-zone in [us-east-1a, us-east-1b]。</translation>
    </message>
    <message>
        <source>the memberOf expression does not parse: %1</source>
        <translation>memberOf 式を解析できません: %1</translation>
    </message>
    <message>
        <source>Write it as `subject operator [argument]`, joined with and, or, not and parentheses, e.g. attribute:ecs.instance-type =~ t3.*.</source>
        <translation>`subject operator [argument]` の形で書き、and、or、not と括弧でつなぎます。例: attribute:ecs.instance-type =~ t3.*。</translation>
    </message>
    <message>
        <source>a binpack strategy needs a field</source>
        <translation>binpack 戦略にはフィールドが必要です</translation>
    </message>
    <message>
        <source>binpack cannot use field &quot;%1&quot;</source>
        <translation>binpack ではフィールド &quot;%1&quot; を使えません</translation>
    </message>
    <message>
        <source>Set field to cpu or memory.</source>
        <translation>field を cpu か memory にしてください。</translation>
    </message>
    <message>
        <source>a spread strategy needs a field</source>
        <translation>spread 戦略にはフィールドが必要です</translation>
    </message>
    <message>
        <source>spread cannot use field &quot;%1&quot;</source>
        <translation>spread ではフィールド &quot;%1&quot; を使えません</translation>
    </message>
    <message>
        <source>Set field to instanceId, host or attribute:NAME, e.g. attribute:ecs.availability-zone.</source>
        <translation>field を instanceId、host または attribute:NAME にしてください。例: attribute:ecs.availability-zone。</translation>
    </message>
    <message>
        <source>a random strategy takes no field</source>
        <translation>random 戦略はフィールドを取りません</translation>
    </message>
    <message>
        <source>Remove the field.</source>
        <translation>フィールドを削除してください。</translation>
    </message>
    <message>
        <source>unknown placement strategy type &quot;%1&quot;</source>
        <translation>不明な配置戦略タイプ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use binpack, spread or random.</source>
        <translation>binpack、spread または random を使ってください。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; has no image</source>
        <translation>コンテナ &quot;%1&quot; にイメージがありません</translation>
    </message>
    <message>
        <source>Set image to a repository and tag, e.g. public.ecr.aws/nginx/nginx:1.25.</source>
        <translation>image (イメージ) にリポジトリとタグを設定してください。例: public.ecr.aws/nginx/nginx:1.25。</translation>
    </message>
    <message>
        <source>a container definition needs a name</source>
        <translation>コンテナ定義には名前が必要です</translation>
    </message>
    <message>
        <source>Set name; dependsOn, links and load balancers refer to it.</source>
        <translation>name を設定してください。dependsOn、links、ロードバランサーはこの名前で参照します。</translation>
    </message>
    <message>
        <source>container name &quot;%1&quot; is not valid</source>
        <translation>コンテナ名 &quot;%1&quot; は正しくありません</translation>
    </message>
    <message>
        <source>Use up to 255 letters, digits, hyphens and underscores.</source>
        <translation>英字、数字、ハイフン、アンダースコアを 255 文字まで使えます。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; sets neither memory nor memoryReservation, and the task definition has no task-level memory</source>
        <translation>コンテナ &quot;%1&quot; には memory も memoryReservation もなく、タスク定義にもタスクレベルの memory がありません</translation>
    </message>
    <message>
        <source>Set memory (hard limit, MiB) or memoryReservation (soft limit, MiB) on the container, or memory on the task definition.</source>
        <translation>コンテナに memory (ハードリミット、MiB) か memoryReservation (ソフトリミット、MiB) を、またはタスク定義に memory を設定してください。</translation>
    </message>
    <message>
        <source>memory must be a positive number of MiB, not %1</source>
        <translation>memory は MiB 単位の正の数である必要があります (%1 は不可)</translation>
    </message>
    <message>
        <source>Set the container&apos;s hard limit in MiB, e.g. 256.</source>
        <translation>コンテナのハードリミットを MiB で設定してください。例: 256。</translation>
    </message>
    <message>
        <source>memoryReservation must be a positive number of MiB, not %1</source>
        <translation>memoryReservation は MiB 単位の正の数である必要があります (%1 は不可)</translation>
    </message>
    <message>
        <source>Set the container&apos;s soft limit in MiB, e.g. 128.</source>
        <translation>コンテナのソフトリミットを MiB で設定してください。例: 128。</translation>
    </message>
    <message>
        <source>memoryReservation must be less than memory (hard limit): %1 MiB is not less than %2 MiB</source>
        <translation>memoryReservation は memory (ハードリミット) より小さい必要があります: %1 MiB は %2 MiB より小さくありません</translation>
    </message>
    <message>
        <source>Lower memoryReservation below %1 MiB, raise memory, or remove one of them.</source>
        <translation>memoryReservation を %1 MiB 未満に下げるか、memory を上げるか、どちらかを削除してください。</translation>
    </message>
    <message>
        <source>port mappings are not allowed with networkMode none</source>
        <translation>networkMode none ではポートマッピングを使えません</translation>
    </message>
    <message>
        <source>Remove the port mappings, or use bridge, host or awsvpc.</source>
        <translation>ポートマッピングを削除するか、bridge、host または awsvpc を使ってください。</translation>
    </message>
    <message>
        <source>a port mapping needs containerPort (or containerPortRange)</source>
        <translation>ポートマッピングには containerPort (または containerPortRange) が必要です</translation>
    </message>
    <message>
        <source>Set containerPort to the port the container listens on.</source>
        <translation>containerPort にコンテナが待ち受けるポートを設定してください。</translation>
    </message>
    <message>
        <source>containerPort %1 is not a port number</source>
        <translation>containerPort %1 はポート番号ではありません</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535.</source>
        <translation>1 から 65535 のポートを使ってください。</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not valid for a port mapping</source>
        <translation>プロトコル &quot;%1&quot; はポートマッピングに使えません</translation>
    </message>
    <message>
        <source>Use tcp or udp.</source>
        <translation>tcp か udp を使ってください。</translation>
    </message>
    <message>
        <source>hostPort %1 is not a port number</source>
        <translation>hostPort %1 はポート番号ではありません</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535, or 0 for a dynamic host port.</source>
        <translation>1 から 65535 のポートか、動的ホストポートの 0 を使ってください。</translation>
    </message>
    <message>
        <source>in %1 network mode hostPort must be omitted or equal containerPort (%2), not %3</source>
        <translation>%1 ネットワークモードでは hostPort は省略するか containerPort (%2) と同じにする必要があります (%3 は不可)</translation>
    </message>
    <message>
        <source>Remove hostPort or set it to %1.</source>
        <translation>hostPort を削除するか %1 にしてください。</translation>
    </message>
    <message>
        <source>host port %1/%2 is mapped twice in the task definition</source>
        <translation>ホストポート %1/%2 がタスク定義で 2 回マッピングされています</translation>
    </message>
    <message>
        <source>Give each mapping its own host port, or use a dynamic host port (hostPort 0) in bridge mode. First use: %1</source>
        <translation>マッピングごとに別のホストポートにするか、bridge モードで動的ホストポート (hostPort 0) を使ってください。最初の使用: %1</translation>
    </message>
    <message>
        <source>host port %1 is reserved by ECS on every container instance (22, 2375, 2376, 51678, 51679, 51680)</source>
        <translation>ホストポート %1 はすべてのコンテナインスタンスで ECS が予約しています (22、2375、2376、51678、51679、51680)</translation>
    </message>
    <message>
        <source>Listen on another port.</source>
        <translation>別のポートで待ち受けてください。</translation>
    </message>
    <message>
        <source>Choose another hostPort, or 0 for a dynamic host port.</source>
        <translation>別の hostPort か、動的ホストポートの 0 を選んでください。</translation>
    </message>
    <message>
        <source>links are only supported in bridge network mode, not %1</source>
        <translation>links は bridge ネットワークモードでしか使えません (%1 は不可)</translation>
    </message>
    <message>
        <source>Remove links; in %1 mode containers reach each other on localhost.</source>
        <translation>links を削除してください。%1 モードではコンテナ同士は localhost で通信します。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; links to itself</source>
        <translation>コンテナ &quot;%1&quot; が自分自身にリンクしています</translation>
    </message>
    <message>
        <source>Remove the link.</source>
        <translation>リンクを削除してください。</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; names no container of the task definition</source>
        <translation>リンク &quot;%1&quot; はタスク定義のどのコンテナも指していません</translation>
    </message>
    <message>
        <source>Use the name of another container, optionally with an alias (name:alias).</source>
        <translation>別のコンテナの名前を使ってください。エイリアスも付けられます (name:alias)。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; depends on itself</source>
        <translation>コンテナ &quot;%1&quot; が自分自身に依存しています</translation>
    </message>
    <message>
        <source>Remove the dependency.</source>
        <translation>依存関係を削除してください。</translation>
    </message>
    <message>
        <source>dependsOn names container &quot;%1&quot;, which the task definition does not have</source>
        <translation>dependsOn がコンテナ &quot;%1&quot; を指していますが、タスク定義にそのコンテナはありません</translation>
    </message>
    <message>
        <source>Use the name of another container in this task definition.</source>
        <translation>このタスク定義にある別のコンテナの名前を使ってください。</translation>
    </message>
    <message>
        <source>dependsOn condition &quot;%1&quot; is not valid</source>
        <translation>dependsOn の condition &quot;%1&quot; は正しくありません</translation>
    </message>
    <message>
        <source>Use START, COMPLETE, SUCCESS or HEALTHY.</source>
        <translation>START、COMPLETE、SUCCESS または HEALTHY を使ってください。</translation>
    </message>
    <message>
        <source>condition %1 cannot be used on essential container &quot;%2&quot;: the task would stop when it exits</source>
        <translation>condition %1 は必須コンテナ &quot;%2&quot; には使えません: それが終了するとタスクが停止します</translation>
    </message>
    <message>
        <source>Set essential to false on &quot;%1&quot;, or use START or HEALTHY.</source>
        <translation>&quot;%1&quot; の essential を false にするか、START か HEALTHY を使ってください。</translation>
    </message>
    <message>
        <source>condition HEALTHY needs a healthCheck on container &quot;%1&quot;, which has none</source>
        <translation>condition HEALTHY にはコンテナ &quot;%1&quot; の healthCheck が必要ですが、ありません</translation>
    </message>
    <message>
        <source>Add a healthCheck to &quot;%1&quot; in the task definition (ECS does not use a HEALTHCHECK baked into the image), or use START.</source>
        <translation>タスク定義で &quot;%1&quot; に healthCheck を追加するか (ECS はイメージに組み込まれた HEALTHCHECK を使いません)、START を使ってください。</translation>
    </message>
    <message>
        <source>dependsOn forms a cycle: &quot;%1&quot; and &quot;%2&quot; wait for each other</source>
        <translation>dependsOn が循環しています: &quot;%1&quot; と &quot;%2&quot; が互いを待っています</translation>
    </message>
    <message>
        <source>Remove one of the dependencies so the containers can start.</source>
        <translation>コンテナが起動できるよう、依存関係の 1 つを削除してください。</translation>
    </message>
    <message>
        <source>the healthCheck command is empty</source>
        <translation>healthCheck のコマンドが空です</translation>
    </message>
    <message>
        <source>the healthCheck command must start with CMD or CMD-SHELL, not &quot;%1&quot;</source>
        <translation>healthCheck のコマンドは CMD か CMD-SHELL で始める必要があります (&quot;%1&quot; は不可)</translation>
    </message>
    <message>
        <source>Write [&quot;CMD&quot;, &quot;executable&quot;, &quot;arg&quot;] to run a program, or [&quot;CMD-SHELL&quot;, &quot;curl -f http://localhost/ || exit 1&quot;] to run it in a shell.</source>
        <translation>プログラムを実行するには [&quot;CMD&quot;, &quot;executable&quot;, &quot;arg&quot;]、シェルで実行するには [&quot;CMD-SHELL&quot;, &quot;curl -f http://localhost/ || exit 1&quot;] と書きます。</translation>
    </message>
    <message>
        <source>healthCheck %1 is %2, outside %3 to %4</source>
        <translation>healthCheck の %1 が %2 で、%3 から %4 の範囲外です</translation>
    </message>
    <message>
        <source>Set %1 to a value from %2 to %3.</source>
        <translation>%1 を %2 から %3 の値にしてください。</translation>
    </message>
    <message>
        <source>a task definition that requires FARGATE must use networkMode awsvpc, not %1</source>
        <translation>FARGATE を必要とするタスク定義は networkMode awsvpc を使う必要があります (%1 は不可)</translation>
    </message>
    <message>
        <source>Set networkMode to awsvpc.</source>
        <translation>networkMode を awsvpc にしてください。</translation>
    </message>
    <message>
        <source>a task definition that requires FARGATE needs task-level cpu and memory</source>
        <translation>FARGATE を必要とするタスク定義にはタスクレベルの cpu と memory が必要です</translation>
    </message>
    <message>
        <source>Set cpu and memory on the task definition, e.g. &quot;cpu&quot;: &quot;256&quot;, &quot;memory&quot;: &quot;512&quot;.</source>
        <translation>タスク定義に cpu と memory を設定してください。例: &quot;cpu&quot;: &quot;256&quot;, &quot;memory&quot;: &quot;512&quot;。</translation>
    </message>
    <message>
        <source>Fargate does not offer %1 CPU units</source>
        <translation>Fargate に %1 CPU ユニットはありません</translation>
    </message>
    <message>
        <source>Use 256, 512, 1024, 2048, 4096, 8192 or 16384 CPU units.</source>
        <translation>256、512、1024、2048、4096、8192 または 16384 CPU ユニットを使ってください。</translation>
    </message>
    <message>
        <source>Fargate does not offer %1 MiB of memory with %2 CPU units</source>
        <translation>Fargate に %2 CPU ユニットで %1 MiB のメモリはありません</translation>
    </message>
    <message>
        <source>With %1 CPU units use one of: %2 (MiB).</source>
        <translation>%1 CPU ユニットでは次のいずれかを使ってください: %2 (MiB)。</translation>
    </message>
    <message>
        <source>%1 is not supported on Fargate</source>
        <translation>%1 は Fargate ではサポートされていません</translation>
    </message>
    <message>
        <source>Remove %1, or drop FARGATE from requiresCompatibilities.</source>
        <translation>%1 を削除するか、requiresCompatibilities から FARGATE を外してください。</translation>
    </message>
    <message>
        <source>task definition %1 is in the project twice</source>
        <translation>タスク定義 %1 がプロジェクトに 2 回あります</translation>
    </message>
    <message>
        <source>Give this revision the number %1, the next free one.</source>
        <translation>このリビジョンに次の空き番号 %1 を付けてください。</translation>
    </message>
    <message>
        <source>the task definition has no family</source>
        <translation>タスク定義に family がありません</translation>
    </message>
    <message>
        <source>Set family; services name the task definition by it.</source>
        <translation>family を設定してください。サービスはこの名前でタスク定義を指定します。</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; is not valid</source>
        <translation>family &quot;%1&quot; は正しくありません</translation>
    </message>
    <message>
        <source>the task definition has no container definitions</source>
        <translation>タスク定義にコンテナ定義がありません</translation>
    </message>
    <message>
        <source>Add at least one container to containerDefinitions.</source>
        <translation>containerDefinitions にコンテナを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>container name &quot;%1&quot; is used more than once (also at containerDefinitions[%2])</source>
        <translation>コンテナ名 &quot;%1&quot; が複数回使われています (containerDefinitions[%2] にもあります)</translation>
    </message>
    <message>
        <source>Give every container in the task definition its own name.</source>
        <translation>タスク定義のコンテナにはそれぞれ別の名前を付けてください。</translation>
    </message>
    <message>
        <source>no container is essential; a task needs at least one essential container</source>
        <translation>必須コンテナがありません。タスクには必須コンテナが 1 つ以上必要です</translation>
    </message>
    <message>
        <source>Set essential to true (the default) on the main container.</source>
        <translation>メインのコンテナの essential を true (既定) にしてください。</translation>
    </message>
    <message>
        <source>task cpu &quot;%1&quot; is not a CPU value</source>
        <translation>タスクの cpu &quot;%1&quot; は CPU の値ではありません</translation>
    </message>
    <message>
        <source>Write CPU units (&quot;256&quot;, &quot;1024&quot;) or vCPUs (&quot;1 vCPU&quot;, &quot;0.5 vCPU&quot;).</source>
        <translation>CPU ユニット (&quot;256&quot;、&quot;1024&quot;) か vCPU (&quot;1 vCPU&quot;、&quot;0.5 vCPU&quot;) で書いてください。</translation>
    </message>
    <message>
        <source>the containers reserve %1 CPU units, more than the task&apos;s cpu (%2)</source>
        <translation>コンテナの予約が %1 CPU ユニットで、タスクの cpu (%2) を超えています</translation>
    </message>
    <message>
        <source>Raise the task&apos;s cpu to at least %1 or lower the containers&apos; cpu.</source>
        <translation>タスクの cpu を %1 以上に上げるか、コンテナの cpu を下げてください。</translation>
    </message>
    <message>
        <source>task memory &quot;%1&quot; is not a memory value</source>
        <translation>タスクの memory &quot;%1&quot; はメモリの値ではありません</translation>
    </message>
    <message>
        <source>Write MiB (&quot;512&quot;, &quot;2048&quot;) or GB (&quot;2 GB&quot;).</source>
        <translation>MiB (&quot;512&quot;、&quot;2048&quot;) か GB (&quot;2 GB&quot;) で書いてください。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; has a memory hard limit of %2 MiB, more than the task&apos;s memory (%3 MiB)</source>
        <translation>コンテナ &quot;%1&quot; のメモリのハードリミットは %2 MiB で、タスクのメモリ (%3 MiB) を超えています</translation>
    </message>
    <message>
        <source>Lower the container&apos;s memory to at most %1 MiB or raise the task&apos;s memory.</source>
        <translation>コンテナの memory を %1 MiB 以下に下げるか、タスクのメモリを上げてください。</translation>
    </message>
    <message>
        <source>the containers reserve %1 MiB (memoryReservation, else memory), more than the task&apos;s memory (%2 MiB)</source>
        <translation>コンテナの予約が %1 MiB (memoryReservation、なければ memory) で、タスクのメモリ (%2 MiB) を超えています</translation>
    </message>
    <message>
        <source>Raise the task&apos;s memory to at least %1 MiB or lower the containers&apos; memory.</source>
        <translation>タスクのメモリを %1 MiB 以上に上げるか、コンテナのメモリを下げてください。</translation>
    </message>
    <message>
        <source>the service has no serviceName</source>
        <translation>サービスに serviceName がありません</translation>
    </message>
    <message>
        <source>serviceName &quot;%1&quot; is not valid</source>
        <translation>serviceName &quot;%1&quot; は正しくありません</translation>
    </message>
    <message>
        <source>another service is already named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のサービスがすでにあります</translation>
    </message>
    <message>
        <source>Give each service its own name.</source>
        <translation>サービスにはそれぞれ別の名前を付けてください。</translation>
    </message>
    <message>
        <source>the service names no cluster</source>
        <translation>サービスにクラスターの指定がありません</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; does not exist</source>
        <translation>クラスター &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>Pick one of the project&apos;s clusters: %1.</source>
        <translation>プロジェクトのクラスターから選んでください: %1。</translation>
    </message>
    <message>
        <source>the service names no task definition</source>
        <translation>サービスにタスク定義の指定がありません</translation>
    </message>
    <message>
        <source>task definition %1 does not exist; the latest revision of family %2 is %3</source>
        <translation>タスク定義 %1 はありません。ファミリー %2 の最新リビジョンは %3 です</translation>
    </message>
    <message>
        <source>every revision of task definition family &quot;%1&quot; is deregistered (INACTIVE)</source>
        <translation>タスク定義ファミリー &quot;%1&quot; のリビジョンはすべて登録解除されています (INACTIVE)</translation>
    </message>
    <message>
        <source>task definition family &quot;%1&quot; does not exist</source>
        <translation>タスク定義ファミリー &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>Name a family (its latest revision) or family:revision; the project has: %1.</source>
        <translation>ファミリー (最新リビジョン) か family:revision を指定してください。プロジェクトにあるもの: %1。</translation>
    </message>
    <message>
        <source>launchType &quot;%1&quot; is not valid</source>
        <translation>launchType &quot;%1&quot; は正しくありません</translation>
    </message>
    <message>
        <source>Use EC2 or FARGATE.</source>
        <translation>EC2 か FARGATE を使ってください。</translation>
    </message>
    <message>
        <source>schedulingStrategy &quot;%1&quot; is not valid</source>
        <translation>schedulingStrategy &quot;%1&quot; は正しくありません</translation>
    </message>
    <message>
        <source>Use REPLICA or DAEMON.</source>
        <translation>REPLICA か DAEMON を使ってください。</translation>
    </message>
    <message>
        <source>desiredCount cannot be negative (%1)</source>
        <translation>desiredCount を負の値にはできません (%1)</translation>
    </message>
    <message>
        <source>Set desiredCount to 0 or more.</source>
        <translation>desiredCount を 0 以上にしてください。</translation>
    </message>
    <message>
        <source>desiredCount is not used with the DAEMON scheduling strategy</source>
        <translation>DAEMON スケジューリング戦略では desiredCount を使いません</translation>
    </message>
    <message>
        <source>Leave desiredCount out: ECS runs one task on each container instance that meets the placement constraints.</source>
        <translation>desiredCount を省いてください: ECS は配置制約を満たす各コンテナインスタンスでタスクを 1 つずつ実行します。</translation>
    </message>
    <message>
        <source>a DAEMON service cannot have a placementStrategy</source>
        <translation>DAEMON サービスに placementStrategy は設定できません</translation>
    </message>
    <message>
        <source>Remove placementStrategy, or use the REPLICA scheduling strategy.</source>
        <translation>placementStrategy を削除するか、REPLICA スケジューリング戦略を使ってください。</translation>
    </message>
    <message>
        <source>the DAEMON scheduling strategy does not support the FARGATE launch type</source>
        <translation>DAEMON スケジューリング戦略は起動タイプ FARGATE をサポートしていません</translation>
    </message>
    <message>
        <source>Use the EC2 launch type or the REPLICA scheduling strategy.</source>
        <translation>起動タイプ EC2 か、REPLICA スケジューリング戦略を使ってください。</translation>
    </message>
    <message>
        <source>task definition %1 is not compatible with FARGATE: its requiresCompatibilities does not include FARGATE</source>
        <translation>タスク定義 %1 は FARGATE と互換性がありません: requiresCompatibilities に FARGATE が含まれていません</translation>
    </message>
    <message>
        <source>Add FARGATE to requiresCompatibilities of %1 (with networkMode awsvpc and task-level cpu and memory), or use the EC2 launch type.</source>
        <translation>%1 の requiresCompatibilities に FARGATE を追加するか (networkMode awsvpc とタスクレベルの cpu と memory も必要)、起動タイプ EC2 を使ってください。</translation>
    </message>
    <message>
        <source>task definition %1 uses networkMode %2; FARGATE needs awsvpc</source>
        <translation>タスク定義 %1 は networkMode %2 を使っています。FARGATE には awsvpc が必要です</translation>
    </message>
    <message>
        <source>Set networkMode to awsvpc in %1.</source>
        <translation>%1 の networkMode を awsvpc にしてください。</translation>
    </message>
    <message>
        <source>cluster %1 has no Fargate capacity</source>
        <translation>クラスター %1 には Fargate の容量がありません</translation>
    </message>
    <message>
        <source>Enable Fargate on cluster %1, or use the EC2 launch type.</source>
        <translation>クラスター %1 で Fargate を有効にするか、起動タイプ EC2 を使ってください。</translation>
    </message>
    <message>
        <source>placement constraints and strategies are not supported with the FARGATE launch type</source>
        <translation>起動タイプ FARGATE では配置制約と配置戦略はサポートされていません</translation>
    </message>
    <message>
        <source>Remove them; Fargate places tasks itself.</source>
        <translation>削除してください。Fargate はタスクを自分で配置します。</translation>
    </message>
    <message>
        <source>task definition %1 is not compatible with EC2: its requiresCompatibilities does not include EC2</source>
        <translation>タスク定義 %1 は EC2 と互換性がありません: requiresCompatibilities に EC2 が含まれていません</translation>
    </message>
    <message>
        <source>Add EC2 to requiresCompatibilities of %1, or use the FARGATE launch type.</source>
        <translation>%1 の requiresCompatibilities に EC2 を追加するか、起動タイプ FARGATE を使ってください。</translation>
    </message>
    <message>
        <source>cluster %1 has no ACTIVE container instances for the EC2 launch type</source>
        <translation>クラスター %1 には起動タイプ EC2 用の ACTIVE なコンテナインスタンスがありません</translation>
    </message>
    <message>
        <source>Add container instances to %1; until then no task can be placed.</source>
        <translation>%1 にコンテナインスタンスを追加してください。追加するまでタスクは配置できません。</translation>
    </message>
    <message>
        <source>an awsvpc service has no networkConfiguration</source>
        <translation>awsvpc のサービスに networkConfiguration がありません</translation>
    </message>
    <message>
        <source>ECS needs awsvpcConfiguration (subnets, security groups); Berth assigns addresses itself, but add it before exporting to AWS.</source>
        <translation>ECS には awsvpcConfiguration (サブネット、セキュリティグループ) が必要です。Berth はアドレスを自分で割り当てますが、AWS に書き出す前に追加してください。</translation>
    </message>
    <message>
        <source>networkConfiguration is not valid for networkMode %1 of task definition %2</source>
        <translation>networkConfiguration はタスク定義 %2 の networkMode %1 では使えません</translation>
    </message>
    <message>
        <source>Remove networkConfiguration, or use networkMode awsvpc.</source>
        <translation>networkConfiguration を削除するか、networkMode awsvpc を使ってください。</translation>
    </message>
    <message>
        <source>target group &quot;%1&quot; does not exist</source>
        <translation>ターゲットグループ &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>Create the target group or pick an existing one.</source>
        <translation>ターゲットグループを作成するか、既存のものを選んでください。</translation>
    </message>
    <message>
        <source>target group %1 does not have an associated load balancer</source>
        <translation>ターゲットグループ %1 に関連付けられたロードバランサーがありません</translation>
    </message>
    <message>
        <source>Forward to %1 from a listener&apos;s default action or a rule.</source>
        <translation>リスナーのデフォルトアクションかルールから %1 に転送してください。</translation>
    </message>
    <message>
        <source>task definition %1 has no container named &quot;%2&quot;</source>
        <translation>タスク定義 %1 に &quot;%2&quot; という名前のコンテナはありません</translation>
    </message>
    <message>
        <source>Name the container that receives the traffic.</source>
        <translation>トラフィックを受けるコンテナを指定してください。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; does not map containerPort %2</source>
        <translation>コンテナ &quot;%1&quot; は containerPort %2 をマッピングしていません</translation>
    </message>
    <message>
        <source>Add a port mapping for %1 to the container, or use a port it maps.</source>
        <translation>コンテナに %1 のポートマッピングを追加するか、マッピング済みのポートを使ってください。</translation>
    </message>
    <message>
        <source>target group %1 has target type instance, which is incompatible with the awsvpc network mode</source>
        <translation>ターゲットグループ %1 のターゲットタイプは instance で、awsvpc ネットワークモードと互換性がありません</translation>
    </message>
    <message>
        <source>Use a target group with target type ip.</source>
        <translation>ターゲットタイプ ip のターゲットグループを使ってください。</translation>
    </message>
    <message>
        <source>target group %1 has target type ip, which is incompatible with the %2 network mode</source>
        <translation>ターゲットグループ %1 のターゲットタイプは ip で、%2 ネットワークモードと互換性がありません</translation>
    </message>
    <message>
        <source>Use a target group with target type instance.</source>
        <translation>ターゲットタイプ instance のターゲットグループを使ってください。</translation>
    </message>
    <message>
        <source>minimumHealthyPercent %1 is outside 0 to 100</source>
        <translation>minimumHealthyPercent %1 が 0 から 100 の範囲外です</translation>
    </message>
    <message>
        <source>Set minimumHealthyPercent from 0 to 100.</source>
        <translation>minimumHealthyPercent を 0 から 100 にしてください。</translation>
    </message>
    <message>
        <source>maximumPercent %1 is below 100, which the REPLICA scheduling strategy does not allow</source>
        <translation>maximumPercent %1 が 100 未満ですが、REPLICA スケジューリング戦略では使えません</translation>
    </message>
    <message>
        <source>Set maximumPercent to 100 or more (200 is the default).</source>
        <translation>maximumPercent を 100 以上にしてください (既定は 200)。</translation>
    </message>
    <message>
        <source>with desiredCount %1, minimumHealthyPercent %2 and maximumPercent %3 a deployment can neither start a new task nor stop an old one</source>
        <translation>desiredCount %1、minimumHealthyPercent %2、maximumPercent %3 では、デプロイで新しいタスクを開始することも古いタスクを停止することもできません</translation>
    </message>
    <message>
        <source>Lower minimumHealthyPercent or raise maximumPercent.</source>
        <translation>minimumHealthyPercent を下げるか、maximumPercent を上げてください。</translation>
    </message>
    <message>
        <source>Each awsvpc task takes an elastic network interface; an instance holds its type&apos;s ENI limit minus one. Add instances, use larger instance types, or lower desiredCount.</source>
        <translation>awsvpc のタスクはそれぞれ Elastic Network Interface を 1 つ使います。インスタンスが持てるのはそのタイプの ENI 上限から 1 を引いた数です。インスタンスを追加するか、大きいインスタンスタイプを使うか、desiredCount を下げてください。</translation>
    </message>
    <message>
        <source>desiredCount is %1, but the instances of cluster %2 can hold only %3 awsvpc tasks</source>
        <translation>desiredCount は %1 ですが、クラスター %2 のインスタンスが持てる awsvpc タスクは %3 個だけです</translation>
    </message>
    <message>
        <source>with the other awsvpc services of cluster %1 (%2 tasks), desiredCount %3 exceeds the %4 awsvpc tasks its instances can hold</source>
        <translation>クラスター %1 のほかの awsvpc サービス (タスク %2 個) と合わせると、desiredCount %3 はインスタンスが持てる awsvpc タスク %4 個を超えます</translation>
    </message>
    <message>
        <source>the load balancer has no name</source>
        <translation>ロードバランサーに名前がありません</translation>
    </message>
    <message>
        <source>Name the load balancer.</source>
        <translation>ロードバランサーに名前を付けてください。</translation>
    </message>
    <message>
        <source>another load balancer is already named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のロードバランサーがすでにあります</translation>
    </message>
    <message>
        <source>Give each load balancer its own name.</source>
        <translation>ロードバランサーにはそれぞれ別の名前を付けてください。</translation>
    </message>
    <message>
        <source>load balancer %1 already has a listener on port %2</source>
        <translation>ロードバランサー %1 にはポート %2 のリスナーがすでにあります</translation>
    </message>
    <message>
        <source>Use another port, or add rules to the existing listener.</source>
        <translation>別のポートを使うか、既存のリスナーにルールを追加してください。</translation>
    </message>
    <message>
        <source>listener port %1 is not a port number</source>
        <translation>リスナーのポート %1 はポート番号ではありません</translation>
    </message>
    <message>
        <source>a load balancer of type %1 cannot have a %2 listener</source>
        <translation>タイプ %1 のロードバランサーに %2 リスナーは作れません</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>%1 を使ってください。</translation>
    </message>
    <message>
        <source>network load balancer listeners have no rules</source>
        <translation>Network Load Balancer のリスナーにはルールがありません</translation>
    </message>
    <message>
        <source>Remove the rules; a network listener forwards everything to its default target group.</source>
        <translation>ルールを削除してください。Network Load Balancer のリスナーはすべてをデフォルトのターゲットグループに転送します。</translation>
    </message>
    <message>
        <source>priority %1 is already used by rules[%2] of this listener</source>
        <translation>優先度 %1 はこのリスナーの rules[%2] ですでに使われています</translation>
    </message>
    <message>
        <source>Give each rule of a listener its own priority.</source>
        <translation>リスナーのルールにはそれぞれ別の優先度を付けてください。</translation>
    </message>
    <message>
        <source>rule priority %1 is outside 1 to 50000</source>
        <translation>ルールの優先度 %1 が 1 から 50000 の範囲外です</translation>
    </message>
    <message>
        <source>Use a priority from 1 to 50000; lower numbers are evaluated first.</source>
        <translation>1 から 50000 の優先度を使ってください。小さい数ほど先に評価されます。</translation>
    </message>
    <message>
        <source>the rule has no conditions</source>
        <translation>ルールに条件がありません</translation>
    </message>
    <message>
        <source>%1 has an empty value</source>
        <translation>%1 の値が空です</translation>
    </message>
    <message>
        <source>Write a value, e.g. /api/* or api.example.com, or remove it.</source>
        <translation>値 (例: /api/* や api.example.com) を書くか、削除してください。</translation>
    </message>
    <message>
        <source>the rule has %1 condition values; a rule allows at most 5</source>
        <translation>ルールの条件値が %1 個あります。1 つのルールで使えるのは 5 個までです</translation>
    </message>
    <message>
        <source>Split the rule into several rules.</source>
        <translation>ルールを複数に分けてください。</translation>
    </message>
    <message>
        <source>the forward action names no target group</source>
        <translation>転送アクションにターゲットグループの指定がありません</translation>
    </message>
    <message>
        <source>Forward to one of the project&apos;s target groups.</source>
        <translation>プロジェクトのターゲットグループのいずれかに転送してください。</translation>
    </message>
    <message>
        <source>target group %1 uses protocol %2, which a load balancer of type %3 cannot forward to</source>
        <translation>ターゲットグループ %1 はプロトコル %2 を使っていますが、タイプ %3 のロードバランサーはそこに転送できません</translation>
    </message>
    <message>
        <source>Use a target group with protocol HTTP or HTTPS.</source>
        <translation>プロトコル HTTP か HTTPS のターゲットグループを使ってください。</translation>
    </message>
    <message>
        <source>Use a target group with protocol TCP, UDP, TLS or TCP_UDP.</source>
        <translation>プロトコル TCP、UDP、TLS または TCP_UDP のターゲットグループを使ってください。</translation>
    </message>
    <message>
        <source>the target group has no name</source>
        <translation>ターゲットグループに名前がありません</translation>
    </message>
    <message>
        <source>Name the target group; listeners and services refer to it.</source>
        <translation>ターゲットグループに名前を付けてください。リスナーとサービスはこの名前で参照します。</translation>
    </message>
    <message>
        <source>another target group is already named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のターゲットグループがすでにあります</translation>
    </message>
    <message>
        <source>Give each target group its own name.</source>
        <translation>ターゲットグループにはそれぞれ別の名前を付けてください。</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not valid for a target group</source>
        <translation>プロトコル &quot;%1&quot; はターゲットグループに使えません</translation>
    </message>
    <message>
        <source>Use HTTP or HTTPS (application), TCP, UDP, TLS or TCP_UDP (network).</source>
        <translation>HTTP か HTTPS (application)、TCP、UDP、TLS または TCP_UDP (network) を使ってください。</translation>
    </message>
    <message>
        <source>target group port %1 is not a port number</source>
        <translation>ターゲットグループのポート %1 はポート番号ではありません</translation>
    </message>
    <message>
        <source>targetType &quot;%1&quot; is not valid</source>
        <translation>targetType &quot;%1&quot; は正しくありません</translation>
    </message>
    <message>
        <source>Use instance (bridge and host network mode) or ip (awsvpc and Fargate).</source>
        <translation>instance (bridge と host ネットワークモード) か ip (awsvpc と Fargate) を使ってください。</translation>
    </message>
    <message>
        <source>deregistrationDelaySeconds %1 is outside 0 to 3600</source>
        <translation>deregistrationDelaySeconds %1 が 0 から 3600 の範囲外です</translation>
    </message>
    <message>
        <source>Use 0 to 3600 seconds (300 is the default).</source>
        <translation>0 から 3600 秒を使ってください (既定は 300)。</translation>
    </message>
    <message>
        <source>health check timeoutSeconds (%1) must be less than intervalSeconds (%2)</source>
        <translation>ヘルスチェックの timeoutSeconds (%1) は intervalSeconds (%2) より短くする必要があります</translation>
    </message>
    <message>
        <source>Lower timeoutSeconds below %1 or raise intervalSeconds.</source>
        <translation>timeoutSeconds を %1 未満に下げるか、intervalSeconds を上げてください。</translation>
    </message>
    <message>
        <source>health check port &quot;%1&quot; is not valid</source>
        <translation>ヘルスチェックのポート &quot;%1&quot; は正しくありません</translation>
    </message>
    <message>
        <source>Use traffic-port (the target&apos;s own port) or a port from 1 to 65535.</source>
        <translation>traffic-port (ターゲット自身のポート) か 1 から 65535 のポートを使ってください。</translation>
    </message>
    <message>
        <source>health check %1 is %2, outside %3 to %4</source>
        <translation>ヘルスチェックの %1 が %2 で、%3 から %4 の範囲外です</translation>
    </message>
    <message>
        <source>the cluster has no name</source>
        <translation>クラスターに名前がありません</translation>
    </message>
    <message>
        <source>Name the cluster; services refer to it by name.</source>
        <translation>クラスターに名前を付けてください。サービスはこの名前で参照します。</translation>
    </message>
    <message>
        <source>another cluster is already named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のクラスターがすでにあります</translation>
    </message>
    <message>
        <source>Give each cluster its own name.</source>
        <translation>クラスターにはそれぞれ別の名前を付けてください。</translation>
    </message>
    <message>
        <source>a container instance of cluster %1 has no name</source>
        <translation>クラスター %1 のコンテナインスタンスに名前がありません</translation>
    </message>
    <message>
        <source>Name the instance.</source>
        <translation>インスタンスに名前を付けてください。</translation>
    </message>
    <message>
        <source>cluster %1 already has an instance named &quot;%2&quot;</source>
        <translation>クラスター %1 には &quot;%2&quot; という名前のインスタンスがすでにあります</translation>
    </message>
    <message>
        <source>Give each instance of a cluster its own name.</source>
        <translation>クラスターのインスタンスにはそれぞれ別の名前を付けてください。</translation>
    </message>
    <message>
        <source>instance %1 registers %2 CPU units; it needs more than 0</source>
        <translation>インスタンス %1 の登録 CPU は %2 ユニットです。0 より大きい必要があります</translation>
    </message>
    <message>
        <source>Set cpu to the instance&apos;s CPU units (1024 per vCPU).</source>
        <translation>cpu にインスタンスの CPU ユニット (vCPU あたり 1024) を設定してください。</translation>
    </message>
    <message>
        <source>instance %1 registers %2 MiB of memory; it needs more than 0</source>
        <translation>インスタンス %1 の登録メモリは %2 MiB です。0 より大きい必要があります</translation>
    </message>
    <message>
        <source>Set memory to the instance&apos;s memory in MiB.</source>
        <translation>memory にインスタンスのメモリを MiB で設定してください。</translation>
    </message>
    <message>
        <source>instance type &quot;%1&quot; is not in Berth&apos;s catalog</source>
        <translation>インスタンスタイプ &quot;%1&quot; は Berth のカタログにありません</translation>
    </message>
    <message>
        <source>Custom sizes work, but Berth cannot tell how many awsvpc tasks (ENIs) the instance holds. Known types include t3.medium, m5.large and c5.xlarge.</source>
        <translation>カスタムのサイズも使えますが、インスタンスが持てる awsvpc タスク (ENI) の数を Berth は判断できません。既知のタイプには t3.medium、m5.large、c5.xlarge などがあります。</translation>
    </message>
    <message>
        <source>This allows %1. &apos;berth run&apos; starts it only with --allow-unsafe.</source>
        <translation>これにより %1 が可能になります。&apos;berth run&apos; は --allow-unsafe を付けたときだけ起動します。</translation>
    </message>
    <message>
        <source>%1 placement constraints; ECS accepts at most %2</source>
        <translation>配置制約が %1 個あります。ECS が受け付けるのは %2 個までです</translation>
    </message>
    <message>
        <source>Combine memberOf expressions with and/or, or remove constraints.</source>
        <translation>memberOf 式を and/or でまとめるか、配置制約を削除してください。</translation>
    </message>
    <message>
        <source>%1 placement strategies; ECS accepts at most %2</source>
        <translation>配置戦略が %1 個あります。ECS が受け付けるのは %2 個までです</translation>
    </message>
    <message>
        <source>Keep the %1 that matter most: each later strategy only breaks ties of the ones before it.</source>
        <translation>最も重要な %1 個を残してください: 後の配置戦略は、前の配置戦略で同点になったものを決めるだけです。</translation>
    </message>
    <message>
        <source>Set memory to %1 MiB or more.</source>
        <translation>memory を %1 MiB 以上にしてください。</translation>
    </message>
    <message>
        <source>Set memoryReservation to %1 MiB or more.</source>
        <translation>memoryReservation を %1 MiB 以上にしてください。</translation>
    </message>
    <message>
        <source>Choose a static host port below %1, or 0 for a dynamic one.</source>
        <translation>%1 未満の静的ホストポートか、動的ホストポートの 0 を選んでください。</translation>
    </message>
    <message>
        <source>task cpu %1 is below ECS&apos;s minimum of 128 CPU units (0.125 vCPU)</source>
        <translation>タスクの cpu %1 は ECS の最小値 128 CPU ユニット (0.125 vCPU) を下回っています</translation>
    </message>
    <message>
        <source>Set the task&apos;s cpu to 128 or more, or remove it and size the containers instead.</source>
        <translation>タスクの cpu を 128 以上にするか、削除してコンテナ側でサイズを決めてください。</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; has a memory hard limit of %2 MiB; a container needs at least %3 MiB</source>
        <translation>コンテナ &quot;%1&quot; のメモリのハードリミットは %2 MiB です。コンテナには %3 MiB 以上が必要です</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; reserves %2 MiB; a container needs at least %3 MiB</source>
        <translation>コンテナ &quot;%1&quot; の予約は %2 MiB です。コンテナには %3 MiB 以上が必要です</translation>
    </message>
    <message>
        <source>host port %1 is in the ephemeral range (%2-65535) from which dynamic host ports are handed out: a task with a dynamic port may already hold it</source>
        <translation>ホストポート %1 は、動的ホストポートを割り当てるエフェメラル範囲 (%2-65535) にあります: 動的ポートを使うタスクがすでに使っている可能性があります</translation>
    </message>
    <message>
        <source>Add a path pattern (e.g. /api/*), a host header, a method, a source IP, a query string or an HTTP header.</source>
        <translation>パスパターン (例: /api/*)、ホストヘッダー、メソッド、送信元 IP、クエリ文字列または HTTP ヘッダーを追加してください。</translation>
    </message>
    <message>
        <source>an http-header condition needs a header name and at least one value</source>
        <translation>http-header 条件にはヘッダー名と 1 つ以上の値が必要です</translation>
    </message>
    <message>
        <source>Give both, e.g. X-Canary: true, or remove the condition.</source>
        <translation>両方を指定するか (例: X-Canary: true)、条件を削除してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method ALB matches</source>
        <translation>&quot;%1&quot; は ALB が照合する HTTP メソッドではありません</translation>
    </message>
    <message>
        <source>Use %1 (upper case).</source>
        <translation>%1 (大文字) を使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CIDR block</source>
        <translation>&quot;%1&quot; は CIDR ブロックではありません</translation>
    </message>
    <message>
        <source>Write an address with its prefix length, e.g. 10.0.0.0/8 or 127.0.0.1/32.</source>
        <translation>アドレスをプレフィックス長付きで書いてください。例: 10.0.0.0/8 や 127.0.0.1/32。</translation>
    </message>
    <message>
        <source>the rule forwards to %1 target groups; a forward action allows at most 5</source>
        <translation>ルールは %1 個のターゲットグループに転送しています。転送アクションに指定できるのは最大 5 個です</translation>
    </message>
    <message>
        <source>Remove target groups, or split the traffic with several rules.</source>
        <translation>ターゲットグループを減らすか、複数のルールでトラフィックを分けてください。</translation>
    </message>
    <message>
        <source>target group &quot;%1&quot; is named twice in this forward action</source>
        <translation>この転送アクションでターゲットグループ &quot;%1&quot; が 2 回指定されています</translation>
    </message>
    <message>
        <source>Name each target group once and give it the sum of the weights.</source>
        <translation>各ターゲットグループは 1 回だけ指定し、重みを合計した値を付けてください。</translation>
    </message>
    <message>
        <source>weight %1 is outside 0 to 999</source>
        <translation>重み %1 が 0 から 999 の範囲外です</translation>
    </message>
    <message>
        <source>Use a weight from 0 to 999; a target group gets its weight&apos;s share of the sum of the weights.</source>
        <translation>0 から 999 の重みを指定してください。各ターゲットグループは重みの合計に対する自分の重みの割合でリクエストを受けます。</translation>
    </message>
    <message>
        <source>every target group of the rule has weight 0</source>
        <translation>ルールのすべてのターゲットグループの重みが 0 です</translation>
    </message>
    <message>
        <source>Give at least one target group a weight above 0.</source>
        <translation>少なくとも 1 つのターゲットグループに 0 より大きい重みを付けてください。</translation>
    </message>
    <message>
        <source>stickiness duration %1 s is outside 1 to 604800 (7 days)</source>
        <translation>スティッキーセッションの期間 %1 秒が 1 から 604800 (7 日) の範囲外です</translation>
    </message>
    <message>
        <source>Use 0 for no stickiness, or a duration from 1 to 604800 seconds.</source>
        <translation>スティッキーセッションを使わない場合は 0、使う場合は 1 から 604800 秒を指定してください。</translation>
    </message>
    <message>
        <source>fixed-response status code &quot;%1&quot; is not 2XX, 4XX or 5XX</source>
        <translation>fixed-response のステータスコード &quot;%1&quot; が 2XX、4XX、5XX のいずれでもありません</translation>
    </message>
    <message>
        <source>Use a status code such as 200, 404 or 503; for 3XX use a redirect action.</source>
        <translation>200、404、503 などのステータスコードを指定してください。3XX にはリダイレクトアクションを使います。</translation>
    </message>
    <message>
        <source>content type &quot;%1&quot; is not one ALB answers with</source>
        <translation>コンテンツタイプ &quot;%1&quot; は ALB が応答に使えるものではありません</translation>
    </message>
    <message>
        <source>the message body has %1 characters; ALB allows at most 1024</source>
        <translation>メッセージ本文が %1 文字あります。ALB で使えるのは最大 1024 文字です</translation>
    </message>
    <message>
        <source>Shorten the body, or serve the page from a target group.</source>
        <translation>本文を短くするか、ページをターゲットグループから返してください。</translation>
    </message>
    <message>
        <source>redirect status code &quot;%1&quot; is neither HTTP_301 nor HTTP_302</source>
        <translation>リダイレクトのステータスコード &quot;%1&quot; が HTTP_301 でも HTTP_302 でもありません</translation>
    </message>
    <message>
        <source>Use HTTP_301 (permanent) or HTTP_302 (temporary).</source>
        <translation>HTTP_301 (恒久的) か HTTP_302 (一時的) を指定してください。</translation>
    </message>
    <message>
        <source>redirect protocol &quot;%1&quot; is not HTTP, HTTPS or #{protocol}</source>
        <translation>リダイレクト先のプロトコル &quot;%1&quot; が HTTP、HTTPS、#{protocol} のいずれでもありません</translation>
    </message>
    <message>
        <source>Use HTTP, HTTPS or #{protocol} (the request&apos;s own).</source>
        <translation>HTTP、HTTPS、または #{protocol} (リクエストのもの) を指定してください。</translation>
    </message>
    <message>
        <source>an HTTPS listener cannot redirect to HTTP</source>
        <translation>HTTPS リスナーから HTTP にはリダイレクトできません</translation>
    </message>
    <message>
        <source>Redirect to HTTPS or #{protocol}, as ALB requires.</source>
        <translation>ALB の制約どおり、HTTPS か #{protocol} にリダイレクトしてください。</translation>
    </message>
    <message>
        <source>redirect port &quot;%1&quot; is not a port number or #{port}</source>
        <translation>リダイレクト先のポート &quot;%1&quot; がポート番号でも #{port} でもありません</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535, or #{port} (the request&apos;s own).</source>
        <translation>1 から 65535 のポート、または #{port} (リクエストのもの) を指定してください。</translation>
    </message>
    <message>
        <source>redirect path &quot;%1&quot; does not start with /</source>
        <translation>リダイレクト先のパス &quot;%1&quot; が / で始まっていません</translation>
    </message>
    <message>
        <source>Start the path with /, e.g. /#{path} or /new/#{path}.</source>
        <translation>パスは / で始めてください (例: /#{path}、/new/#{path})。</translation>
    </message>
    <message>
        <source>the redirect has no host</source>
        <translation>リダイレクト先のホストがありません</translation>
    </message>
    <message>
        <source>Write a host name, or #{host} for the request&apos;s own.</source>
        <translation>ホスト名か、リクエストのホストを使う #{host} を指定してください。</translation>
    </message>
    <message>
        <source>the redirect query starts with ?</source>
        <translation>リダイレクト先のクエリが ? で始まっています</translation>
    </message>
    <message>
        <source>Write the query without the leading ?, e.g. #{query}&amp;from=old.</source>
        <translation>先頭の ? を付けずにクエリを書いてください (例: #{query}&amp;from=old)。</translation>
    </message>
    <message>
        <source>the redirect changes no part of the URL, so it would redirect to itself</source>
        <translation>リダイレクトが URL のどの部分も変えないため、自分自身にリダイレクトしてしまいます</translation>
    </message>
    <message>
        <source>Change at least one of protocol, host, port, path or query.</source>
        <translation>プロトコル、ホスト、ポート、パス、クエリのうち少なくとも 1 つを変えてください。</translation>
    </message>
    <message>
        <source>service %1 uses the DAEMON scheduling strategy, which runs one task per instance and cannot be scaled</source>
        <translation>サービス %1 はインスタンスごとに 1 タスクを実行する DAEMON スケジューリング戦略を使っているため、スケールできません</translation>
    </message>
    <message>
        <source>Remove the Auto Scaling settings or use the REPLICA strategy.</source>
        <translation>Auto Scaling の設定を削除するか、REPLICA 戦略を使ってください。</translation>
    </message>
    <message>
        <source>another scaling policy of the service is already named &quot;%1&quot;</source>
        <translation>このサービスには &quot;%1&quot; という名前のスケーリングポリシーがすでにあります</translation>
    </message>
    <message>
        <source>Give each policy its own name.</source>
        <translation>ポリシーごとに別の名前を付けてください。</translation>
    </message>
    <message>
        <source>MinCapacity is %1; it cannot be negative</source>
        <translation>MinCapacity が %1 です。負の値にはできません</translation>
    </message>
    <message>
        <source>Set MinCapacity to 0 or more.</source>
        <translation>MinCapacity を 0 以上にしてください。</translation>
    </message>
    <message>
        <source>MaxCapacity (%1) is less than MinCapacity (%2)</source>
        <translation>MaxCapacity (%1) が MinCapacity (%2) より小さくなっています</translation>
    </message>
    <message>
        <source>Set MaxCapacity to at least MinCapacity.</source>
        <translation>MaxCapacity を MinCapacity 以上にしてください。</translation>
    </message>
    <message>
        <source>desiredCount %1 is outside the scalable target&apos;s capacity %2-%3</source>
        <translation>desiredCount %1 がスケーラブルターゲットの容量 %2-%3 の範囲外です</translation>
    </message>
    <message>
        <source>Set desiredCount between MinCapacity and MaxCapacity, or widen them.</source>
        <translation>desiredCount を MinCapacity と MaxCapacity の間にするか、範囲を広げてください。</translation>
    </message>
    <message>
        <source>a cooldown of %1 seconds is not possible</source>
        <translation>%1 秒のクールダウンは指定できません</translation>
    </message>
    <message>
        <source>Use 0 seconds or more (ECS&apos;s default is 300).</source>
        <translation>0 秒以上を指定してください (ECS の既定は 300)。</translation>
    </message>
    <message>
        <source>the scaling policy has no PolicyName</source>
        <translation>スケーリングポリシーに PolicyName がありません</translation>
    </message>
    <message>
        <source>Name the policy; scaling activities quote its name.</source>
        <translation>ポリシーに名前を付けてください。スケーリングアクティビティにその名前が表示されます。</translation>
    </message>
    <message>
        <source>PolicyType &quot;%1&quot; is not one Berth runs</source>
        <translation>PolicyType &quot;%1&quot; は Berth が実行できるものではありません</translation>
    </message>
    <message>
        <source>Use TargetTrackingScaling or StepScaling.</source>
        <translation>TargetTrackingScaling か StepScaling を使ってください。</translation>
    </message>
    <message>
        <source>TargetValue is %1; a target must be greater than 0</source>
        <translation>TargetValue が %1 です。ターゲットは 0 より大きくなければなりません</translation>
    </message>
    <message>
        <source>Set the value the metric should stay at, e.g. 70 (percent CPU).</source>
        <translation>メトリクスを保ちたい値を設定してください (例: CPU 使用率なら 70)。</translation>
    </message>
    <message>
        <source>PredefinedMetricType &quot;%1&quot; is not one of ECS&apos;s</source>
        <translation>PredefinedMetricType &quot;%1&quot; は ECS のものではありません</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>%1 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>ALBRequestCountPerTarget needs the service behind a target group of an application load balancer; service %1 has none</source>
        <translation>ALBRequestCountPerTarget を使うには、サービスが Application Load Balancer のターゲットグループの背後にある必要がありますが、サービス %1 にはありません</translation>
    </message>
    <message>
        <source>Connect the service to a target group that an application load balancer&apos;s listener forwards to, or scale on CPU or memory.</source>
        <translation>Application Load Balancer のリスナーが転送するターゲットグループにサービスを接続するか、CPU かメモリでスケールしてください。</translation>
    </message>
    <message>
        <source>ResourceLabel &quot;%1&quot; does not name the service&apos;s target group</source>
        <translation>ResourceLabel &quot;%1&quot; はサービスのターゲットグループを指していません</translation>
    </message>
    <message>
        <source>Leave ResourceLabel empty (Berth fills it in on export) or use %1.</source>
        <translation>ResourceLabel を空にする (エクスポート時に Berth が埋めます) か、%1 を使ってください。</translation>
    </message>
    <message>
        <source>AdjustmentType &quot;%1&quot; is not known</source>
        <translation>AdjustmentType &quot;%1&quot; は不明です</translation>
    </message>
    <message>
        <source>MinAdjustmentMagnitude applies only to PercentChangeInCapacity</source>
        <translation>MinAdjustmentMagnitude は PercentChangeInCapacity でのみ使えます</translation>
    </message>
    <message>
        <source>Remove it or use AdjustmentType PercentChangeInCapacity.</source>
        <translation>削除するか、AdjustmentType を PercentChangeInCapacity にしてください。</translation>
    </message>
    <message>
        <source>MinAdjustmentMagnitude must be 1 or more</source>
        <translation>MinAdjustmentMagnitude は 1 以上にしてください</translation>
    </message>
    <message>
        <source>Set the smallest number of tasks a step may change.</source>
        <translation>1 ステップで変える最小のタスク数を設定してください。</translation>
    </message>
    <message>
        <source>MetricAggregationType &quot;%1&quot; is not known</source>
        <translation>MetricAggregationType &quot;%1&quot; は不明です</translation>
    </message>
    <message>
        <source>Use Average, Minimum or Maximum.</source>
        <translation>Average、Minimum、Maximum のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>the step scaling policy has no StepAdjustments</source>
        <translation>ステップスケーリングポリシーに StepAdjustments がありません</translation>
    </message>
    <message>
        <source>Add at least one step: bounds relative to the alarm&apos;s threshold and a ScalingAdjustment.</source>
        <translation>ステップを 1 つ以上追加してください: アラームのしきい値からの相対的な範囲と ScalingAdjustment です。</translation>
    </message>
    <message>
        <source>a step has neither MetricIntervalLowerBound nor MetricIntervalUpperBound</source>
        <translation>MetricIntervalLowerBound も MetricIntervalUpperBound もないステップがあります</translation>
    </message>
    <message>
        <source>Give each step at least one bound.</source>
        <translation>各ステップに少なくとも 1 つの境界を指定してください。</translation>
    </message>
    <message>
        <source>the step&apos;s upper bound %1 is not above its lower bound %2</source>
        <translation>ステップの上限 %1 が下限 %2 より大きくありません</translation>
    </message>
    <message>
        <source>Make MetricIntervalUpperBound greater than MetricIntervalLowerBound.</source>
        <translation>MetricIntervalUpperBound を MetricIntervalLowerBound より大きくしてください。</translation>
    </message>
    <message>
        <source>more than one step has no %1</source>
        <translation>%1 のないステップが複数あります</translation>
    </message>
    <message>
        <source>Only one step may be open at each end.</source>
        <translation>両端で開いてよいステップはそれぞれ 1 つだけです。</translation>
    </message>
    <message>
        <source>steps overlap: one ends at %1, the next starts at %2</source>
        <translation>ステップが重なっています: %1 で終わるステップの次が %2 から始まります</translation>
    </message>
    <message>
        <source>Let each step start where the one below it ends.</source>
        <translation>各ステップを、すぐ下のステップが終わるところから始めてください。</translation>
    </message>
    <message>
        <source>steps leave a gap between %1 and %2</source>
        <translation>ステップの間に %1 から %2 のすき間があります</translation>
    </message>
    <message>
        <source>no step covers the metric above %1 over the threshold</source>
        <translation>しきい値を %1 超えたメトリクスを受け持つステップがありません</translation>
    </message>
    <message>
        <source>Leave MetricIntervalUpperBound out of the highest step.</source>
        <translation>最も上のステップの MetricIntervalUpperBound を省いてください。</translation>
    </message>
    <message>
        <source>no step covers the metric more than %1 under the threshold</source>
        <translation>しきい値を %1 以上下回ったメトリクスを受け持つステップがありません</translation>
    </message>
    <message>
        <source>Leave MetricIntervalLowerBound out of the lowest step.</source>
        <translation>最も下のステップの MetricIntervalLowerBound を省いてください。</translation>
    </message>
    <message>
        <source>the step scaling policy&apos;s alarm has no AlarmName</source>
        <translation>ステップスケーリングポリシーのアラームに AlarmName がありません</translation>
    </message>
    <message>
        <source>Name the alarm; scaling activities quote it.</source>
        <translation>アラームに名前を付けてください。スケーリングアクティビティにその名前が表示されます。</translation>
    </message>
    <message>
        <source>MetricName &quot;%1&quot; is not a metric Berth samples</source>
        <translation>MetricName &quot;%1&quot; は Berth が計測するメトリクスではありません</translation>
    </message>
    <message>
        <source>RequestCountPerTarget needs the service behind a target group of an application load balancer; service %1 has none</source>
        <translation>RequestCountPerTarget を使うには、サービスが Application Load Balancer のターゲットグループの背後にある必要がありますが、サービス %1 にはありません</translation>
    </message>
    <message>
        <source>Connect the service to a target group that an application load balancer&apos;s listener forwards to, or alarm on CPU or memory.</source>
        <translation>Application Load Balancer のリスナーが転送するターゲットグループにサービスを接続するか、CPU かメモリでアラームを設定してください。</translation>
    </message>
    <message>
        <source>ComparisonOperator &quot;%1&quot; is not known</source>
        <translation>ComparisonOperator &quot;%1&quot; は不明です</translation>
    </message>
    <message>
        <source>Statistic &quot;%1&quot; is not one Berth computes</source>
        <translation>Statistic &quot;%1&quot; は Berth が計算するものではありません</translation>
    </message>
    <message>
        <source>Use Average, Minimum, Maximum or Sum.</source>
        <translation>Average、Minimum、Maximum、Sum のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Period %1 s: ECS publishes its service metrics once a minute</source>
        <translation>Period %1 秒: ECS はサービスのメトリクスを 1 分に 1 回発行します</translation>
    </message>
    <message>
        <source>Use 60 seconds or a multiple of 60.</source>
        <translation>60 秒か、60 の倍数を使ってください。</translation>
    </message>
    <message>
        <source>EvaluationPeriods must be 1 or more</source>
        <translation>EvaluationPeriods は 1 以上にしてください</translation>
    </message>
    <message>
        <source>Set how many periods the alarm looks at.</source>
        <translation>アラームが見る期間の数を設定してください。</translation>
    </message>
    <message>
        <source>DatapointsToAlarm %1 is not between 1 and EvaluationPeriods (%2)</source>
        <translation>DatapointsToAlarm %1 が 1 から EvaluationPeriods (%2) の範囲にありません</translation>
    </message>
    <message>
        <source>Use at most as many datapoints as evaluation periods.</source>
        <translation>評価期間の数以下のデータポイント数を使ってください。</translation>
    </message>
    <message>
        <source>the scheduled action has no ScheduledActionName</source>
        <translation>スケジュールされたアクションに ScheduledActionName がありません</translation>
    </message>
    <message>
        <source>Name the scheduled action.</source>
        <translation>スケジュールされたアクションに名前を付けてください。</translation>
    </message>
    <message>
        <source>For example at(2026-12-24T18:00:00), rate(1 hour) or cron(0 8 ? * MON-FRI *).</source>
        <translation>例: at(2026-12-24T18:00:00)、rate(1 hour)、cron(0 8 ? * MON-FRI *)。</translation>
    </message>
    <message>
        <source>the scheduled action sets neither MinCapacity nor MaxCapacity</source>
        <translation>スケジュールされたアクションが MinCapacity も MaxCapacity も設定していません</translation>
    </message>
    <message>
        <source>Set the capacity the action changes to.</source>
        <translation>アクションで変える容量を設定してください。</translation>
    </message>
    <message>
        <source>a capacity cannot be negative</source>
        <translation>容量は負の値にできません</translation>
    </message>
    <message>
        <source>Use 0 or more.</source>
        <translation>0 以上を使ってください。</translation>
    </message>
    <message>
        <source>another capacity provider is already named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のキャパシティープロバイダーがすでにあります</translation>
    </message>
    <message>
        <source>Give each capacity provider its own name.</source>
        <translation>キャパシティープロバイダーごとに別の名前を付けてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capacity provider name ECS accepts</source>
        <translation>&quot;%1&quot; は ECS が受け付けるキャパシティープロバイダー名ではありません</translation>
    </message>
    <message>
        <source>Use up to 255 letters, digits, hyphens and underscores, not starting with aws, ecs or fargate.</source>
        <translation>英数字、ハイフン、アンダースコアで 255 文字以内にし、aws、ecs、fargate で始めないでください。</translation>
    </message>
    <message>
        <source>capacity provider %1: unknown instance type &quot;%2&quot;</source>
        <translation>キャパシティープロバイダー %1: 不明なインスタンスタイプ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Pick an instance type from the catalogue, e.g. t3.medium.</source>
        <translation>カタログにあるインスタンスタイプ (例: t3.medium) を選んでください。</translation>
    </message>
    <message>
        <source>capacity provider %1: min size %2 and max size %3 do not make a range</source>
        <translation>キャパシティープロバイダー %1: 最小サイズ %2 と最大サイズ %3 が範囲になっていません</translation>
    </message>
    <message>
        <source>Set 0 &lt;= minSize &lt;= maxSize and maxSize &gt;= 1.</source>
        <translation>0 &lt;= minSize &lt;= maxSize かつ maxSize &gt;= 1 にしてください。</translation>
    </message>
    <message>
        <source>capacity provider %1: desired capacity %2 is outside %3-%4</source>
        <translation>キャパシティープロバイダー %1: 希望容量 %2 が %3-%4 の範囲外です</translation>
    </message>
    <message>
        <source>Set the desired capacity between the min and max size.</source>
        <translation>希望容量を最小サイズと最大サイズの間にしてください。</translation>
    </message>
    <message>
        <source>capacity provider %1 names no availability zone</source>
        <translation>キャパシティープロバイダー %1 にアベイラビリティーゾーンがありません</translation>
    </message>
    <message>
        <source>Name at least one zone for its instances, e.g. us-east-1a.</source>
        <translation>インスタンスのアベイラビリティーゾーンを 1 つ以上指定してください (例: us-east-1a)。</translation>
    </message>
    <message>
        <source>capacity provider %1: target capacity %2 % is outside 1-100</source>
        <translation>キャパシティープロバイダー %1: ターゲット容量 %2 % が 1-100 の範囲外です</translation>
    </message>
    <message>
        <source>Use 100 to fill instances, less to keep room spare (90 keeps 10 %).</source>
        <translation>100 にするとインスタンスを使い切り、それより小さいと余裕を残します (90 なら 10 %)。</translation>
    </message>
    <message>
        <source>capacity provider %1: scaling step sizes %2-%3 are not a range within 1-10000</source>
        <translation>キャパシティープロバイダー %1: スケーリングのステップサイズ %2-%3 が 1-10000 の範囲になっていません</translation>
    </message>
    <message>
        <source>Set 1 &lt;= minimumScalingStepSize &lt;= maximumScalingStepSize &lt;= 10000.</source>
        <translation>1 &lt;= minimumScalingStepSize &lt;= maximumScalingStepSize &lt;= 10000 にしてください。</translation>
    </message>
    <message>
        <source>capacity provider %1: managed termination protection needs managed scaling</source>
        <translation>キャパシティープロバイダー %1: マネージド終了保護にはマネージドスケーリングが必要です</translation>
    </message>
    <message>
        <source>Turn managed scaling on, or termination protection off.</source>
        <translation>マネージドスケーリングをオンにするか、終了保護をオフにしてください。</translation>
    </message>
    <message>
        <source>service %1 names %2 capacity providers; a strategy holds at most 6</source>
        <translation>サービス %1 はキャパシティープロバイダーを %2 個指定しています。戦略に入れられるのは 6 個までです</translation>
    </message>
    <message>
        <source>Keep at most 6 capacity providers in the strategy.</source>
        <translation>戦略のキャパシティープロバイダーを 6 個以下にしてください。</translation>
    </message>
    <message>
        <source>service %1 names capacity provider &quot;%2&quot;, which cluster %3 does not have</source>
        <translation>サービス %1 はキャパシティープロバイダー &quot;%2&quot; を指定していますが、クラスター %3 にはありません</translation>
    </message>
    <message>
        <source>Add the capacity provider to the cluster, or name one it has.</source>
        <translation>キャパシティープロバイダーをクラスターに追加するか、クラスターにあるものを指定してください。</translation>
    </message>
    <message>
        <source>base %1 is outside 0-100000</source>
        <translation>base %1 が 0-100000 の範囲外です</translation>
    </message>
    <message>
        <source>Set how many tasks at least run on this provider.</source>
        <translation>このプロバイダーで最低限実行するタスクの数を指定してください。</translation>
    </message>
    <message>
        <source>weight %1 is outside 0-1000</source>
        <translation>weight %1 が 0-1000 の範囲外です</translation>
    </message>
    <message>
        <source>Set the provider&apos;s share of the tasks beyond the base.</source>
        <translation>base を超えるタスクのうち、このプロバイダーが受け持つ割合を指定してください。</translation>
    </message>
    <message>
        <source>service %1 gives a base to %2 capacity providers; only one may have one</source>
        <translation>サービス %1 は %2 個のキャパシティープロバイダーに base を指定しています。base を指定できるのは 1 つだけです</translation>
    </message>
    <message>
        <source>Keep the base on one capacity provider and set the others&apos; to 0.</source>
        <translation>base は 1 つのキャパシティープロバイダーだけに残し、ほかは 0 にしてください。</translation>
    </message>
    <message>
        <source>no capacity provider in the strategy of service %1 has a weight above 0, so no task could be placed on it</source>
        <translation>サービス %1 の戦略に weight が 0 より大きいキャパシティープロバイダーがないため、どのタスクも配置できません</translation>
    </message>
    <message>
        <source>Give at least one capacity provider a weight, e.g. 1.</source>
        <translation>少なくとも 1 つのキャパシティープロバイダーに weight (例: 1) を指定してください。</translation>
    </message>
    <message>
        <source>a network load balancer&apos;s listener can only forward</source>
        <translation>Network Load Balancer のリスナーは転送しかできません</translation>
    </message>
    <message>
        <source>Set the default action to forward, with a target group.</source>
        <translation>デフォルトアクションを転送にして、ターゲットグループを指定してください。</translation>
    </message>
    <message>
        <source>the step scaling policy has no alarm yet, so nothing triggers it</source>
        <translation>ステップスケーリングポリシーにはまだアラームがないため、何もトリガーしません</translation>
    </message>
    <message>
        <source>Create its alarm (aws cloudwatch put-metric-alarm with the policy&apos;s ARN in --alarm-actions), or give it one here.</source>
        <translation>アラームを作成してください (--alarm-actions にポリシーの ARN を指定した aws cloudwatch put-metric-alarm)。または、ここでアラームを設定してください。</translation>
    </message>
    <message>
        <source>Timezone %1 is not a time zone Berth knows</source>
        <translation>Timezone %1 は Berth が知っているタイムゾーンではありません</translation>
    </message>
    <message>
        <source>Use an IANA time zone name such as Asia/Tokyo, or leave it empty for UTC.</source>
        <translation>Asia/Tokyo のような IANA のタイムゾーン名を使うか、UTC にするには空のままにします。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time</source>
        <translation>%1 の &quot;%2&quot; は日時ではありません</translation>
    </message>
    <message>
        <source>Write it as ISO 8601, e.g. 2026-12-24T08:00:00Z, or leave it empty.</source>
        <translation>ISO 8601 で書くか (例: 2026-12-24T08:00:00Z)、空のままにします。</translation>
    </message>
    <message>
        <source>EndTime (%1) is before StartTime (%2): the action would never run</source>
        <translation>EndTime (%1) が StartTime (%2) より前です: アクションは一度も実行されません</translation>
    </message>
    <message>
        <source>Set EndTime after StartTime.</source>
        <translation>EndTime を StartTime より後にします。</translation>
    </message>
    <message>
        <source>the default capacity provider strategy of cluster %1 names %2 capacity providers; a strategy holds at most 6</source>
        <translation>クラスター %1 のデフォルトのキャパシティープロバイダー戦略はキャパシティープロバイダーを %2 個指定しています。戦略に入れられるのは 6 個までです</translation>
    </message>
    <message>
        <source>the default capacity provider strategy of cluster %1 names capacity provider &quot;%2&quot;, which the cluster does not have</source>
        <translation>クラスター %1 のデフォルトのキャパシティープロバイダー戦略はキャパシティープロバイダー &quot;%2&quot; を指定していますが、このクラスターにはありません</translation>
    </message>
    <message>
        <source>the default capacity provider strategy of cluster %1 gives a base to %2 capacity providers; only one may have one</source>
        <translation>クラスター %1 のデフォルトのキャパシティープロバイダー戦略は %2 個のキャパシティープロバイダーに base を指定しています。base を指定できるのは 1 つだけです</translation>
    </message>
    <message>
        <source>no capacity provider in the default strategy of cluster %1 has a weight above 0, so no task could be placed by it</source>
        <translation>クラスター %1 のデフォルト戦略に weight が 0 より大きいキャパシティープロバイダーがないため、この戦略ではどのタスクも配置できません</translation>
    </message>
    <message>
        <source>DAEMON service %1 names no launch type, so it would take the default capacity provider strategy of cluster %2, which ECS refuses for a DAEMON service</source>
        <translation>DAEMON サービス %1 は起動タイプを指定していないため、クラスター %2 のデフォルトのキャパシティープロバイダー戦略を使うことになりますが、ECS は DAEMON サービスにはこれを認めません</translation>
    </message>
    <message>
        <source>Set the launch type to EC2: a DAEMON service runs on every instance.</source>
        <translation>起動タイプを EC2 にしてください。DAEMON サービスはすべてのインスタンスで実行されます。</translation>
    </message>
    <message>
        <source>DAEMON service %1 has a capacity provider strategy, which ECS refuses for a DAEMON service</source>
        <translation>DAEMON サービス %1 にはキャパシティープロバイダー戦略がありますが、ECS は DAEMON サービスにはこれを認めません</translation>
    </message>
    <message>
        <source>Remove the strategy and use the EC2 launch type.</source>
        <translation>戦略を削除し、起動タイプ EC2 を使ってください。</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The VPC of the target groups.</source>
        <translation>ターゲットグループの VPC。</translation>
    </message>
    <message>
        <source>Subnets of the load balancers and of awsvpc tasks (two or more availability zones for an application load balancer).</source>
        <translation>ロードバランサーと awsvpc タスクのサブネット (Application Load Balancer には 2 つ以上のアベイラビリティーゾーン)。</translation>
    </message>
    <message>
        <source>%1, exported by Berth</source>
        <translation>%1 (Berth が書き出し)</translation>
    </message>
</context>
</TS>
