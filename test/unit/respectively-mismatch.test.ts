import { testRule } from '../helpers/ruleTester';

testRule('respectively-mismatch', {
  valid: [
    { text: '全市18个县（市、区）中曾有11个贫困县、1023个贫困村、115万建档立卡贫困人口，分别占全省的46%、32%、40%。', why: 'round 36 heldout-s36b2 (People\'s Daily 2020-05-19): items that open with a figure, the first inside a long clause part' },
    { text: '全市１８个县（市、区）中曾有１１个贫困县、１０２３个贫困村、１１５万建档立卡贫困人口，分别占全省的４６％、３２％、４０％。', why: 'round 36 final review: the same in full-width digits, which the number reader takes as it takes ASCII ones (the guard read \\d only)' },
    { text: '科学施肥、节水灌溉、绿色防控等技术大面积推广，水稻、小麦、玉米三大粮食作物的农药、化肥利用率分别达到38.8%、37.8%，病虫草害损失率大幅降低。', why: 'round 36 heldout-s36b (People\'s Daily 2019-10-15): the crops summed up by 三大…的 own the two rates' },
    { text: '北京、上海、广州等城市的房价、租金分别上涨3.2%、1.5%。', why: 'round 36: a list closed by 等 + noun + 的 owns the two things after it' },
    { text: '黑臭水体动态清零，生活污水治理（管控）率、30户以上自然村寨生活垃圾收运处置体系覆盖率、卫生厕所普及率分别达85%、95%、98%，“治风”经验全省推广。', why: 'held-out s33w (贵阳 2026): a bracket inside the first item (治理（管控）率) leaves it out of the list read; it is the third thing' },
    {
      text: '2015年，全区生产总值达到1026.39亿元、增长11%，经济增速位居全国前列，全社会固定资产投资完成1342.16亿元、社会消费品零售总额408.08亿元、地方财政收入176亿元、城镇居民人均可支配收入25457元、农村居民人均可支配收入8244元，分别比“十一五”末增长73.7%、1.9倍、1.2倍、3.1倍、66.8%、1倍，城镇登记失业率控制在2.5%以内。',
      why: 'held-out s31f (西藏 2016 report): five things with their amounts in the list, the sixth (生产总值 1026.39亿元) in the sentence\'s first clause: the figures of the sentence are six',
    },
    { text: '主要预期目标是：完成地区生产总值增长8%、全社会固定资产投资增长12%、地方公共财政一般预算收入和支出分别增长8%和10%以上、城镇和农村居民人均可支配收入分别增长9%和10%。', why: 'held-out s31 cities (固原 2016): the items before the last one with a figure are statements of their own; two things (收入, 支出)' },
    { text: '主导产业取得新发展。汽车零部件、新能源产业产值达850亿元、750亿元，分别增长20%、74.4%，对全部规上工业增长贡献近五成。', why: 'held-out s31 cities (宣城 2025): two figures end the list, the values of its two things' },
    { text: '到2025年，单位生产总值能耗和二氧化碳排放降幅不低于省下达目标、外贸进出口总额和实际利用外资年均分别增长15%和10%以上、中等收入群体占比达30%。', why: 'held-out s31 cities (曲靖 2021): 不低于省下达目标 closes a statement of its own; two things after it' },
    { text: '分行业看，金属制品业，石油煤炭及其他燃料加工业，专用设备制造业，电力、热力的生产和供应业增加值分别增长44.1%、17.8%、13.0%和7.6%。', why: 'held-out s31k (娄底 2025 communiqué): industry names holding 、 parted by commas, four things' },
    { text: '工业投资2250.4亿元，比上年增长6.1%，其中计算机、通信和其他电子设备制造业，通用设备制造业，电气机械及器材制造业投资分别增长13.6%、14.5%和17.8%。', why: 'held-out s31k (苏州 2025 communiqué): three industries parted by commas after 其中' },
    { text: '全年人口出生率、自然增长率分别为10.37‰、4.99‰。', why: 'per-mille values (‰) count as values like %: 2 things, 2 values' },
    { text: '出生率、死亡率和自然增长率分别为10.37‰、6.12‰和4.25‰。', why: 'three per-mille values, the last after 和' },
    { text: '城镇、农村居民恩格尔系数分别为28.6％、32.4％。', why: 'full-width ％ values' },
    {
      text: '婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别降为7.5‰、9.5‰、18/10万。',
      why: 'held-out s30 (十三五规划纲要): an age band opens an item\'s name (5岁以下), it does not start the list; three things, three values',
    },
    { text: '带动林下经济稳定发展，林鸡、林蜂、林花分别达到100万只、10万群和10万亩。', why: 'held-out s30c (固原 2022 report): 10万群 (bee colonies) is a value with a measure word the number scanner has no unit for' },
    { text: '惟地價稅稅籍及使用情形清查作業、房屋稅稅籍及使用情形清查作業、稅捐稽徵作業績效等3項之考核成績，在乙組13個縣市中分別排名第12名、第13名、第13名，有欠理想。', why: 'held-out s30t (澎湖縣 2013 audit report): 13個縣市中 is the group among which the three rank, not a count of them' },
    { text: '「虎井海水淡化廠設備更新計畫」預算全數未執行，「外垵國小老舊校舍拆除重建工程（含委託規劃設計監造）」、「澎湖縣推動低碳島一般廢棄物資源循環零廢棄-垃圾分選處理計畫」及「102－南海之星2號客貨交通船新建計畫」等3項計畫預算執行率亦僅分別為18.46％、41.84％及21.37％。', why: 'held-out s30t: the writer\'s 等3項 after the quoted list says three things; the list read as two is unclear' },
    { text: '經查截至目前為止11人中已有8人由警察局撤銷原處分，其餘3人經查分別於87年及89年間領取拆遷補助費。', why: 'held-out s30t (臺北市 2003 audit report): 87年及89年間 is a period the three fell in, not one year each' },
    { text: '全体居民人均可支配收入22400元、增长8.9%，其中城镇和农村居民人均可支配收入分别为31895元和11708元、增长8.2%和9.0%。', why: 'held-out s30 (宁夏 2019 report): 和 closes the first series (31895元和11708元); 、增长 starts a second series for the same two things, not two more values' },
    { text: '高中阶段教育和高等教育毛入学率分别达到90%和27.22%、分别比2007年提高22.3个和7.54个百分点。', why: 'held-out s30 (河南 2013 report): a second series after 、分别比' },
    {
      text: '全州接待游客1.6亿人次、游客花费1304.7亿元，其中州直8445万人次、塔城地区3500万人次、阿勒泰地区4019万人次，分别增长15%、39.6%、27.6%。',
      why: 'held-out s29 (伊犁 2025 report): each item ends with its figure in 万人次 (a magnitude before a two-character unit), so 州直8445万人次 is the first of three items',
    },
    { text: '其中内地旅客3200万人次、境外旅客450万人次，分别增长12.5%和30.2%。', why: 'two items with figures in 万人次, two values' },
    {
      text: '初步核算，2023年全縣地區生產總值（GDP）319.73億元，按可比價格計算，比上年增長8.0%，分產業看：第一產業增加值13.05億元、第二產業增加值147.83億元、第三產業增加值158.86 億元，分別增長4.6%、7.7%和8.7%，三次產業結構為4.1:46.2:49.7。',
      why: 'held-out s28 (縉雲縣 2023 communiqué, a traditional mirror): three items, each 15 characters with its figure, all read',
    },
    { text: '分产业看：第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元，分别增长4.6%、7.7%和8.7%。', why: 'the same in simplified script' },
    { text: '传统服务业稳步发展的同时，新兴服务业增势强劲。其中，信息传输、软件和信息技术服务业，科学研究和技术服务业，租赁和商务服务业营收分别增长117.0%、92.5%和88.1%；五年间新增从业人员人数在全部第三产业新增人数中占比近五成。', why: 'held-out s28b (新闻联播 2025, the NBS economic census): 租赁和商务服务业 is one industry of GB/T 4754, its 和 joins no items' },
    { text: '今年以来，中欧班列东通道满洲里、绥芬河、同江铁路口岸累计通行4583列、运送货物48.9万标准箱，同比分别增长9%、21.9%。', why: 'held-out s28 (新闻联播 2023): the long item without a figure before it (绥芬河) begins the list: two things, not four' },
    { text: '其中內地居民近7900萬人次，港澳台居民近6500萬人次、外籍人員約1650萬人次，分別同比增加27.3%、28.9%和50.5%。', why: 'held-out s27 (RTHK 2024-10-18): the first of three counts parted by a comma, the others by 、 — three things may be meant' },
    { text: '民生投入累计超过1万亿元，城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。', why: 'shared corpus (Tibet 2026): an amount before the comma is no item of the list' },
    {
      text: '1—11月份，全市限上批、零、住、餐四行业增速分别为-11.6%、4.1%、-30%、-22.2%。',
      why: 'held-out 2024 Siping economy release: negative values written with a minus sign are values',
    },
    { text: '两起案件分别于3月和5月告破。', why: 'a count word: two cases, two months' },
    {
      text: '2021年,全市治安部门共抓获黄赌违法犯罪嫌疑人3323人,同比上升7%;其中刑事拘留612人、逮捕386人,分别同比上升31%、60%。',
      why: 'seed 000 line 29: two counted items, two rates',
    },
    {
      text: '查处疲劳驾驶、超员载客、违法载人等交通违法行为37万余起,有效预防减少了事故发生,亡人交通事故起数、死亡人数,同比分别下降40%和39.6%,让群众出行安全更有保障。',
      why: 'seed 002 line 11: the two items stand before a comma',
    },
    { text: '打出了声威、赢得了民心,全区刑事、治安警情分别下降26.05%和31.31%。', why: 'seed 002: 刑事、治安警情 share a head noun: two' },
    { text: '全区食药环知等民生领域犯罪案件立案数、破案数同比上升367.8%、302.2%。', why: 'seed 002: no 分别' },
    { text: '取得了“五上升兩全破”(其中,破案數、移送起訴數分別同比上升37.82%、35.8%,命案、性侵涉拐案件全破)的良好成效。', why: 'seed 003 line 24, traditional' },
    { text: '抓獲逃犯55名,其中包括分別潛逃22年、24年的命案逃犯陳某、侯某明。', why: 'seed 003 line 34: the two fugitives come after the values' },
    { text: '信息传输、软件和信息技术服务业、租赁和商务服务业增加值分别增长18.6%、13.4%。', why: 'clean corpus (Tianjin): 和 inside industry names, count unsure' },
    { text: '金融业、软件和信息服务业增加值分别增长9.7%、15.3%。', why: 'clean corpus (Shanghai): 软件和信息服务业 is one industry' },
    { text: '化学需氧量、二氧化硫排放量分别比上年下降9.66%和13.14%。', why: 'a comparison base after 分别 is not a value' },
    { text: '城镇居民人均可支配收入和农村居民人均纯收入分别比1995年增长69％和67％。', why: '1995年 is the base of the comparison' },
    { text: '今年化学需氧量、氨氮排放量要分别下降2%。', why: 'one shared value: not a list of values' },
    { text: '全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元。', why: 'four and four' },
    { text: '水泥和化肥（折纯）分别达到２．４８亿吨和１９８８万吨。', why: 'full-width digits; brackets are not separators' },
    { text: '市委、市政府先后于7月2日和7月26日分别听取了汇报。', why: 'dates are single values' },
    { text: '他们分别获得10万元和8万元奖励。', why: 'unclear subjects: stay quiet' },
    { text: '北京、上海等城市分别增长5%、6%和7%。', why: 'an open list (等)' },
    {
      text: '0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。',
      why: 'held-out (2022 county communiqué): four age bands, a range ends an item and 及以上 binds a bound, not two items',
    },
    { text: '年末全县60岁及以上、65岁及以上老年人口分别为3.2万人和2.1万人。', why: 'two bands, each closed by 及以上' },
    { text: '前三季度，全市豬、牛、羊、家禽出欄分別為73.02萬頭、6.38萬頭、17.99萬只、256.87萬只，分別增長10.3%、5.7%、10%、11.29%。', why: 'held-out (city economy, traditional): the things of the second 分別 are the four values of the first' },
    { text: 'A产品、B产品分别增长1%、2%，C产品、D产品分别下降3%、4%。', why: 'a 分别 in an earlier clause does not count the things of this one' },
    { text: '罗湖、福田、深圳湾、皇岗、西九龙站口岸日均出入境人员分别为23万人次、13.2万人次、11.2万人次、6.7万人次、3.6万人次，同比分别下降15.6%、28.5%、25.9%、30.7%、13.5%。', why: 'held-out (NIA press release): the five values of the first 分别 are the things of the second' },
    { text: '香港（582,025人次）、中国台湾（101,047人次）、日本（35,623人次）及大韩民国（26,677人次）旅客按年分别减少2.7%、0.6%、12.1%及9.5%。', why: 'held-out (Macao statistics): a figure in brackets is a note on its item, not the start of the list' },
    { text: '全国因酒驾醉驾导致死亡交通事故1525起，造成1674人死亡，分别同比减少20.7%、20.4%。', why: 'held-out (MPS traffic release): 1674人 is a figure, not a count of the things before 分别' },
    { text: '就业形势总体稳定。学前三年毛入园率92.5%、九年义务教育巩固率96.02%、高中阶段毛入学率91.77%，分别提高12.53、16.23、21.04个百分点。', why: 'held-out (2021 city report): a rate is an item\'s own figure like 612人, so the first item is read too (three rates, three gains)' },
    { text: '同期，对欧盟、美国、韩国等进出口分别增长1.1%、4.4%、8%。', why: 'held-out s28d (新闻联播 2024-09-10): an open list (等) with a value for each thing named' },
    { text: '其中，非织造布、新材料及医药制造、食品制造业、纺织服装产值分别同比增长12.5%、12.3%、11.4%和10.6%，重点行业增长带动明显。', why: 'held-out s24 (仙桃 2024 Q1): 及 inside an earlier item (新材料及医药制造), four pieces and four values' },
    { text: '批发和零售业、住宿业和餐饮业、金融业增加值分别增长9.7%、10.2%、8.2%。', why: 'held-out s24 (2023 city Q1): 住宿业和餐饮业 written as one industry, three things' },
    { text: '6月末，我国商业银行资本充足率、不良贷款率和拨备覆盖率分别为14.7%、1.62%和206%。', why: 'held-out s28d (新闻联播 2023-11-10): three rates, three values' },
    { text: '学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率分别达到93.5%、98.3%、98.5%、64.3%。', why: 'shared corpus (Chongqing 2026): 和 after 高中阶段 (no measure of its own) separates two rates here' },
    { text: '学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率分别达到93.5%、98.3%、64.3%。', why: 'the same with three values: 高中阶段和高等教育毛入学率 may be one rate, so the count is unsure' },
    { text: '北京、上海等一线城市和杭州、成都等新一线城市分别增长5%和6%。', why: 'two open lists joined by 和: the things are the two groups, not the cities' },
    { text: '全年接待过夜游客人次、入境游客人次和游客人均花费分别达3430万、19万、1326元，均创历史新高。', why: 'held-out s29 (贵阳 2025): three measures, three values' },
    { text: '我国对东盟、欧盟、美国和韩国分别进出口4.7万亿元、4.23万亿元、3.8万亿元和1.81万亿元。', why: 'held-out s28 (新闻联播 2022-10-24): four trading partners, four values' },
    { text: '内地居民、香港和澳门居民分别增长5%和6%。', why: '香港和澳门居民 may be one group (港澳居民): a place before 和 separates only from a bare place after it' },
    // Round 31: the writer's count settles a list that reads two ways.
    {
      text: '确保宁东基地、银川经济技术开发区、石嘴山陆港经济区、中卫和太阳山五大工业园区分别完成投资310亿元、60亿元、60亿元、55亿元和47亿元。',
      why: 'held-out s31p (宁夏 2011): 五大 says the 和 separates two parks; five values',
    },
    {
      text: '电子信息、食品加工、机电汽车四大产业分别完成主营业务收入36.6亿元、66亿元、113.7亿元、273.7亿元。',
      why: 'a count that fits no reading of the list (three named, 四大): unclear here, count-mismatch reports it',
    },
    { text: '自主择业的军队转业干部，按照下列条件和标准增发退役金：（二）在边远艰苦地区或者从事飞行、舰艇工作满10年、15年、20年以上的，分别增发月退役金计发基数的5%、10%、15%。', why: 'round 33 (heldout-s33w, 军队转业干部安置暂行办法): three lengths of service, the last a threshold (20年以上的), are the three things' },
    { text: '第九十五条　　农村党组织、社区党组织和村民委员会、社区居民委员会等基层组织中的党员从事下列公务，利用职务上的便利，非法占有公共财物，挪用公款，索取他人财物或者非法收受、变相非法收受他人财物为他人谋取利益的，分别依照本条例第八十三条、第九十四条、第八十五条规定处理：', why: 'round 33 heldout-s33t (中国共产党纪律处分条例 2003): each act, parted by commas, is referred to its own article' },
    { text: '全省地区生产总值增长7%左右，在实际工作中尽可能争取更好结果；农业、规模以上工业、服务业增加值分别增长6%、10%以上、7.5%左右；一般公共预算收入增长5%左右。', why: 'round 35 untouched set (贵州 2022): a bound (以上) on a middle value does not end the values' },
  ],
  invalid: [
    { text: '全市曾有11个贫困县、1023个贫困村、115万建档立卡贫困人口，分别占全省的46%、32%、40%、12%。', why: 'round 36: near the counted items: four values for three, still found', errors: [{ line: 1, column: 40, messageId: 'moreValues' }] },
    { text: '全市曾有１１个贫困县、１０２３个贫困村、１１５万建档立卡贫困人口，分别占全省的４６％、３２％、４０％、１２％。', why: 'round 36 final review: near the full-width counted items: four values for three, still found', errors: [{ line: 1, column: 40, messageId: 'moreValues' }] },
    { text: '水稻、小麦、玉米三大粮食作物的农药、化肥利用率分别达到38.8%、37.8%、36.9%。', why: 'round 36: near the crops\' rates: three values for the two rates (or four items), still found', errors: [{ line: 1, column: 28, messageId: 'fewerValues' }] },
    { text: '农业、工业增加值分别增长6%、10%以上、7.5%左右。', why: 'round 35: near 贵州 2022: three bounded values for two things, still found', errors: [{ line: 1, column: 13, messageId: 'moreValues' }] },
    { text: '黑臭水体动态清零，生活污水治理（管控）率、生活垃圾收运处置体系覆盖率、卫生厕所普及率分别达85%、95%、98%、99%。', why: 'the bracketed item makes three things, not four: four values are still found', errors: [{ line: 1, column: 46, messageId: 'moreValues' }] },
    { text: '（二）在边远艰苦地区或者从事飞行、舰艇工作满10年、15年、20年以上的，分别增发月退役金计发基数的5%、10%。', why: 'round 33: near the three lengths of service: two rates for three thresholds, still found', errors: [{ line: 1, column: 51, messageId: 'fewerValues' }] },
    { text: '甲、乙分别依照本条例第八十三条、第九十四条、第八十五条规定处理。', why: 'round 33: near the statute\'s acts and articles: two things in one clause, three articles, still found', errors: [{ line: 1, column: 12, messageId: 'moreValues' }] },
    { text: '2015年，全区生产总值达到1026.39亿元、增长11%，经济增速位居全国前列，全社会固定资产投资完成1342.16亿元、社会消费品零售总额408.08亿元、地方财政收入176亿元、城镇居民人均可支配收入25457元、农村居民人均可支配收入8244元，分别比“十一五”末增长73.7%、1.9倍、1.2倍、3.1倍、66.8%、1倍、2倍，城镇登记失业率控制在2.5%以内。', why: 'seven values for the six figures of the sentence: still found', errors: [{ line: 1, column: 139, messageId: 'moreValues' }] },
    { text: '2015年，全区经济增速位居全国前列，全社会固定资产投资完成1342.16亿元、社会消费品零售总额408.08亿元、地方财政收入176亿元、城镇居民人均可支配收入25457元、农村居民人均可支配收入8244元，分别比“十一五”末增长73.7%、1.9倍、1.2倍、3.1倍、66.8%、1倍，城镇登记失业率控制在2.5%以内。', why: 'no amount in the earlier clauses: five things, six values', errors: [{ line: 1, column: 117, messageId: 'moreValues' }] },
    { text: '2015年，全区生产总值达到1026.39亿元、增长11%，经济增速位居全国前列，社会消费品零售总额408.08亿元、地方财政收入176亿元、城镇居民人均可支配收入25457元、农村居民人均可支配收入8244元，分别比“十一五”末增长73.7%、1.9倍、1.2倍、3.1倍、66.8%、1倍，城镇登记失业率控制在2.5%以内。', why: 'four things and one earlier amount: five figures, six values', errors: [{ line: 1, column: 118, messageId: 'moreValues' }] },
    {
      text: '确保宁东基地、银川经济技术开发区、石嘴山陆港经济区、中卫和太阳山五大工业园区分别完成投资310亿元、60亿元、55亿元和47亿元。',
      why: 'round 31: 和 alone leaves four or five parks, 五大 says five; four values',
      errors: [{ line: 1, column: 45, endColumn: 65, messageId: 'fewerValues', message: '“分别”前后数量不对应，数值少于列举：前面列举 5 项（确保宁东基地、银川经济技术开发区、石嘴山陆港经济区、中卫、太阳山五大工业园区），后面给出 4 个数值（310亿元、60亿元、55亿元、47亿元）。请补齐漏列的数值或删去多余的项。' }],
    },
    {
      text: '推动城东、城西和城南三个片区分别完成投资5亿元、3亿元。',
      why: 'round 31: 三个 settles the 和 (three districts), two values',
      errors: [{ line: 1, column: 21, endColumn: 28, messageId: 'fewerValues' }],
    },
    { text: '到2025年，单位生产总值能耗降幅不低于省下达目标、外贸进出口总额、实际利用外资、社会消费品零售总额年均分别增长15%和10%以上。', why: 'near 曲靖 2021: three things after the statement, two values', errors: [{ line: 1, column: 57, messageId: 'fewerValues' }] },
    { text: '汽车零部件、新能源、电子信息产业产值分别增长20%、74.4%。', why: 'near 宣城 2025: no figures in the list, three things', errors: [{ line: 1, column: 23, messageId: 'fewerValues' }] },
    { text: '地方公共财政一般预算收入和支出分别增长8%、10%和12%以上。', why: 'near 固原 2016: two things, three values', errors: [{ line: 1, column: 20, messageId: 'moreValues' }] },
    { text: '大力发展新质生产力，前瞻布局未来产业，推动制造业、数字经济核心产业增加值年均分别增长5%、1%、8%以上。', why: 'eval:inject (山西 2026 report, a value added): a clause ending in 产业 that does something (布局) is no industry name', errors: [{ line: 1, column: 43, messageId: 'moreValues' }] },
    { text: '分行业看，金属制品业，专用设备制造业，电力、热力的生产和供应业增加值分别增长44.1%、17.8%、13.0%、9.2%、8.1%和7.6%。', why: 'more values than the comma-parted industries can account for: still found', errors: [{ line: 1, column: 39, messageId: 'moreValues' }] },
    { text: '甲、乙、丙等3項計畫預算執行率分別為18.46％、41.84％。', why: 'a count the list agrees with: 3 things, 2 values', errors: [{ line: 1, column: 19, endColumn: 32, messageId: 'fewerValues' }] },
    { text: '在全省13個縣市中，甲縣、乙縣、丙縣分別排名第12名、第13名。', why: 'the group (13個縣市中) set aside, the list of three still counts', errors: [{ line: 1, column: 24, endColumn: 32, messageId: 'fewerValues' }] },
    { text: '其餘3人經查分別於87年及89年領取拆遷補助費。', why: 'without 間 the years are one value each: 3 people, 2 years', errors: [{ line: 1, column: 10, endColumn: 17, messageId: 'fewerValues' }] },
    {
      text: '全年人口出生率、自增率分别为10.37‰、21.50‰、4.99‰。',
      why: 'eval:inject add-value: three per-mille values for two things (the values ran on past 10.37‰ only when ‰ was read)',
      errors: [{ line: 1, column: 15, endColumn: 34, messageId: 'moreValues', message: /前面列举 2 项.*后面给出 3 个数值（10.37‰、21.50‰、4.99‰）/ }],
    },
    {
      text: '婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别降为7.5‰、9.5‰。',
      why: 'the three things with an age band in the second, one value dropped',
      errors: [{ line: 1, column: 27, messageId: 'fewerValues', message: /前面列举 3 项（婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率）.*后面给出 2 个数值/ }],
    },
    {
      text: '出生率、死亡率和自然增长率分别为10.37‰、4.25‰。',
      why: 'a per-mille value dropped: 3 things, 2 values',
      errors: [{ line: 1, column: 17, endColumn: 29, messageId: 'fewerValues', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '林鸡、林蜂、林花分别达到100万只和10万亩。',
      why: 'three things, two values: still reported (the boundary of the measure word between values)',
      errors: [{ line: 1, column: 13, messageId: 'fewerValues' }],
    },
    {
      text: '城镇和农村居民人均可支配收入分别为31895元和11708元、12000元。',
      why: 'a bare 、 after the closed series still adds a value: 2 things, 3 values (the boundary of the second-series reading)',
      errors: [{ line: 1, column: 18, messageId: 'moreValues', message: /前面列举 2 项.*后面给出 3 个数值/ }],
    },
    {
      text: '同期，对欧盟、美国、韩国等进出口分别增长1.1%、8%。',
      why: 'an open list (等) with fewer values than things named: 等 may stand for more things, never for fewer',
      errors: [{ line: 1, column: 21, endColumn: 28, messageId: 'fewerValues', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '其中，非织造布、新材料及医药制造、食品制造业、纺织服装产值分别同比增长12.5%、11.4%和10.6%，重点行业增长带动明显。',
      why: '及 inside an earlier item after a 、: four things or five, never three (silent before: the 及 made the list unreadable)',
      errors: [{ line: 1, column: 36, endColumn: 53, messageId: 'fewerValues', message: /前面列举 4 项（非织造布、新材料及医药制造、食品制造业、纺织服装产值）.*后面给出 3 个数值/ }],
    },
    {
      text: '批发和零售业、住宿业和餐饮业、金融业增加值分别增长9.7%、8.2%。',
      why: '和 inside an earlier item (住宿业和餐饮业): three things or four, two values',
      errors: [{ line: 1, column: 26, endColumn: 35, messageId: 'fewerValues', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '6月末，我国商业银行资本充足率、不良贷款率和拨备覆盖率分别为14.7%和206%。',
      why: 'a rate before 和 is a whole thing: 不良贷款率和拨备覆盖率 is two rates, not one name',
      errors: [{ line: 1, column: 31, endColumn: 41, messageId: 'fewerValues', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '全年接待过夜游客人次、入境游客人次和游客人均花费分别达3430万、1326元，均创历史新高。',
      why: 'a count in 人次 before 和 is a whole thing',
      errors: [{ line: 1, column: 28, endColumn: 39, messageId: 'fewerValues', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '我国对东盟、欧盟、美国和韩国分别进出口4.7万亿元、3.8万亿元和1.81万亿元。',
      why: 'two countries joined by 和 are two things, never one name: four partners, three values',
      errors: [{ line: 1, column: 20, messageId: 'fewerValues', message: /前面列举 4 项.*后面给出 3 个数值/ }],
    },
    {
      text: '农业增加值、农产品加工业产值和网络零售额分别增长7.8％、17.5％。',
      why: 'an output value (产值) before 和 is a whole thing',
      errors: [{ line: 1, column: 25, endColumn: 35, messageId: 'fewerValues', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '学前三年毛入园率92.5%、九年义务教育巩固率96.02%、高中阶段毛入学率91.77%，分别提高12.53、21.04个百分点。',
      why: 'three rates, a gain dropped: the list of rates is read whole (3 items, 2 values)',
      errors: [{ line: 1, column: 50, messageId: 'fewerValues', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '昌吉845万人次、塔城350万人次、阿勒泰419万人次，分别增长15%、39.6%。',
      why: 'three items with figures in 万人次, two values: found now that 845万人次 reads as the first item\'s own figure (silent before: two items read)',
      errors: [{ line: 1, column: 33, messageId: 'fewerValues', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '其中州直8445万人次、塔城地区3500万人次，分别增长15%、39.6%、27.6%。',
      why: 'an item dropped from the list of 万人次 figures: still reported',
      errors: [{ line: 1, column: 29, messageId: 'moreValues', message: /前面列举 2 项.*后面给出 3 个数值/ }],
    },
    {
      text: '批发和零售业、住宿和餐饮业增加值分别增长5.1%、6.2%和7.3%。',
      why: 'two industries of GB/T 4754 (their 和 inside the names), three values: found now that the names are read whole',
      errors: [{ line: 1, column: 21, messageId: 'moreValues', message: /前面列举 2 项.*后面给出 3 个数值/ }],
    },
    {
      text: '分产业看：第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元，分别增长4.6%和7.7%。',
      why: 'the three long statistics items all read: a value missing is found',
      errors: [{ line: 1, column: 57, messageId: 'fewerValues', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '其中內地居民近7900萬人次，港澳台居民近6500萬人次、外籍人員約1650萬人次，分別同比增加27.3%、28.9%、50.5%和10.2%。',
      why: 'the same list with four values: no reading gives four things',
      errors: [{ line: 1, column: 49, messageId: 'moreValues', message: /前面列举 2 项.*后面给出 4 个数值/ }],
    },
    {
      text: '全市限上批、零、住、餐四行业增速分别为-11.6%、4.1%、-30%。',
      why: 'four things, three signed values',
      errors: [{ line: 1, column: 21, messageId: 'fewerValues', message: /前面列举 4 项.*后面给出 3 个数值/ }],
    },
    { text: '香港（582,025人次）、日本（35,623人次）及大韩民国（26,677人次）旅客按年分别减少2.7%、0.6%、12.1%及9.5%。', why: 'three places with their counts in brackets, four rates', errors: [{ line: 1, column: 50, messageId: 'moreValues', message: /前面列举 3 项/ }] },
    {
      text: '全市猪、牛、羊、家禽出栏分别为73.02万头、6.38万头、17.99万只、256.87万只，分别增长10.3%、5.7%、10%。',
      why: 'four values named by the first 分别, three rates after the second',
      errors: [{ line: 1, column: 52, messageId: 'fewerValues', message: /前面列举 4 项.*后面给出 3 个数值/ }],
    },
    {
      text: '0-17岁、18-34岁、35-59岁户籍人口分别为18891人、19099人、48951人和25594人。',
      why: 'age bands are read as items: three bands, four values',
      errors: [{ line: 1, column: 27, messageId: 'moreValues', message: /前面列举 3 项/ }],
    },
    {
      text: '7月份、8月份渭南全市刑事类、治安类警情和刑事立案数同比分别下降10.98%、8.5%、61.3%和9.2%,以实际成效维护全市社会大局持续稳定。',
      why: 'seed 004 line 7: three items, four values',
      errors: [{
        line: 1, column: 33, endColumn: 55, messageId: 'moreValues', text: '10.98%、8.5%、61.3%和9.2%',
        message: '“分别”前后数量不对应，数值多于列举：前面列举 3 项（刑事类、治安类警情、刑事立案数），后面给出 4 个数值（10.98%、8.5%、61.3%、9.2%）。请补齐漏列的项或删去多余的数值。',
      }],
    },
    {
      text: '三起案件分别于3月和5月告破。',
      errors: [{ line: 1, column: 8, endColumn: 13, messageId: 'fewerValues', text: '3月和5月' }],
    },
    {
      text: '三个县区分别新增就业120人、80人。',
      errors: [{ line: 1, column: 11, endColumn: 19, text: '120人、80人' }],
    },
    {
      text: '全区刑事、治安警情分别下降26.05%、31.31%和12.5%。',
      errors: [{ line: 1, column: 14, endColumn: 33, text: '26.05%、31.31%和12.5%' }],
    },
    {
      text: '破案數、移送起訴數、抓獲人數分別同比上升37.82%、35.8%。',
      why: 'traditional script',
      errors: [{ line: 1, column: 21, endColumn: 33, text: '37.82%、35.8%' }],
    },
    {
      text: '刑事拘留612人、逮捕386人、取保候审45人,分别同比上升31%、60%。',
      errors: [{ line: 1, column: 31, endColumn: 38, text: '31%、60%', message: /前面列举 3 项（刑事拘留612人、逮捕386人、取保候审45人）/ }],
    },
    {
      text: '刑事类、治安类警情分别下降10%、8%和6%。',
      locale: 'en',
      errors: [{ line: 1, column: 14, endColumn: 23, message: /^“分别” \(respectively\) does not pair up, more values than items: 2 item\(s\) listed \(刑事类、治安类警情\) but 3 value\(s\) given/ }],
    },
  ],
});

// Round 35: a Chinese numeral inside an item is part of its name (学前三年毛入园率), not a figure the item states.
testRule('respectively-mismatch', {
  valid: [
    { text: '学前三年毛入园率、义务教育巩固率、高中阶段毛入学率分别达92.5％、96.7％、92.2％。', why: '来宾 2023: three things, three values' },
    { text: '地区生产总值增长8%、全社会固定资产投资增长12%、一般预算收入和支出分别增长8%和10%。', why: 'an item stating its own figure in digits still marks the things after it' },
  ],
  invalid: [
    {
      text: '学前三年毛入园率、义务教育巩固率、高中阶段毛入学率分别达92.5％、92.2％。',
      why: 'a value dropped (injected, 来宾 2023)',
      errors: [{ line: 1, column: 29, endColumn: 40, text: '92.5％、92.2％' }],
    },
    {
      text: '“三个一批”签约开工率、开工投产率、投产达效率分别达到98.3%、100%，综合排名全省第一。',
      why: 'a value dropped (injected, 长治 2023)',
      errors: [{ line: 1, column: 28, endColumn: 38, text: '98.3%、100%' }],
    },
  ],
});

// Round 36: one messageId per direction (values left over, or items without a value).
testRule('respectively-mismatch', {
  valid: [{ text: '城镇、农村居民人均可支配收入分别增长5.8%、7.2%。', why: 'two items, two values: no finding of either kind' }],
  invalid: [
    {
      text: '城镇、农村居民人均可支配收入分别增长5.8%、7.2%、6.5%。',
      why: 'two items, three values: moreValues',
      errors: [{ line: 1, column: 19, messageId: 'moreValues', message: /数值多于列举：前面列举 2 项.*后面给出 3 个数值/ }],
    },
    {
      text: '城镇、农村、全体居民人均可支配收入分别增长5.8%、7.2%。',
      why: 'three items, two values: fewerValues',
      errors: [{ line: 1, column: 22, messageId: 'fewerValues', message: /数值少于列举：前面列举 3 项.*后面给出 2 个数值.*请补齐漏列的数值或删去多余的项。$/ }],
    },
  ],
});

// Round 36, third wave (untouched-s36u read by the lead): a contracted pair (存贷款: 存款 and 贷款) may be two things, and a
// piece joined by an inner conjunction is measured by its longest part (the list no longer stops at it).
testRule('respectively-mismatch', {
  valid: [
    { text: '社会融资规模及存贷款余额分别突破12万亿元和10万亿元、8万亿元，存贷比达80.3%，均创历史新高。', why: '四川 2022: 存贷款 stands for 存款 and 贷款, three things and three values' },
    { text: '固定资产投资、社会消费品零售总额和金融机构存款、贷款余额分别增长20.1%、12%和9.8%、16.8%。', why: '贵州 2018: four things (固定资产投资, 社零, 存款余额, 贷款余额), four values' },
    { text: '金融机构本外币存贷款余额分别达到5286亿元和3560亿元，增长18.2%和15.9%。', why: 'a lone 存贷款 (one item): never counted' },
  ],
  invalid: [
    {
      text: '社会融资规模及存贷款余额分别突破12万亿元和10万亿元、8万亿元、6万亿元。',
      why: 'near 四川 2022: four values for two or three things, still found',
      errors: [{ line: 1, column: 17, messageId: 'moreValues' }],
    },
    {
      text: '社会融资规模及贷款余额分别突破12万亿元和10万亿元、8万亿元。',
      why: 'near 四川 2022 without the contracted pair: two things, three values',
      errors: [{ line: 1, column: 16, messageId: 'moreValues' }],
    },
    {
      text: '固定资产投资、社会消费品零售总额和金融机构存款、贷款余额分别增长20.1%、12%和9.8%、16.8%、5%。',
      why: 'near 贵州 2018: five values for three or four things, still found',
      errors: [{ line: 1, column: 33, messageId: 'moreValues' }],
    },
    {
      text: '固定资产投资、社会消费品零售总额和金融机构存款、贷款余额分别增长20.1%、12%。',
      why: 'near 贵州 2018: two values for three or four things (read as two before round 36: missed)',
      errors: [{ line: 1, column: 33, messageId: 'fewerValues' }],
    },
  ],
});

// Round 38 (s38-numbers): a second series of changes right after the values (，比上年增长…) settles a list that reads two ways
// (卫生和文化事业: one thing or two) when its length is one of the readings.
testRule('respectively-mismatch', {
  valid: [
    { text: '全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元，比上年增长29.2%、39.4%、65.4%和23.9%。', why: '2007 report: four things, four values, four changes' },
    { text: '城镇、农村居民人均可支配收入分别为31895元和11708元，分别增长8.2%和9.0%。', why: 'two things, two values, two changes' },
    { text: '高中阶段和高等教育毛入学率分别达到93.5%、64.3%，比上年提高1.2个百分点。', why: 'no second series: the list still reads two ways' },
  ],
  invalid: [
    {
      text: '全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、138亿元和123亿元，比上年增长29.2%、39.4%、65.4%和23.9%。',
      why: 'a value dropped (injected, 2007 report): four changes say four things',
      errors: [{ line: 1, column: 28, text: '774亿元、138亿元和123亿元', messageId: 'fewerValues' }],
    },
  ],
});
