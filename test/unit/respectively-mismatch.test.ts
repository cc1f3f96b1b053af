import { testRule } from '../helpers/ruleTester';

testRule('respectively-mismatch', {
  valid: [
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
  ],
  invalid: [
    {
      text: '城镇和农村居民人均可支配收入分别为31895元和11708元、12000元。',
      why: 'a bare 、 after the closed series still adds a value: 2 things, 3 values (the boundary of the second-series reading)',
      errors: [{ line: 1, column: 18, messageId: 'mismatch', message: /前面列举 2 项.*后面给出 3 个数值/ }],
    },
    {
      text: '学前三年毛入园率92.5%、九年义务教育巩固率96.02%、高中阶段毛入学率91.77%，分别提高12.53、21.04个百分点。',
      why: 'three rates, a gain dropped: the list of rates is read whole (3 items, 2 values)',
      errors: [{ line: 1, column: 50, messageId: 'mismatch', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '昌吉845万人次、塔城350万人次、阿勒泰419万人次，分别增长15%、39.6%。',
      why: 'three items with figures in 万人次, two values: found now that 845万人次 reads as the first item\'s own figure (silent before: two items read)',
      errors: [{ line: 1, column: 33, messageId: 'mismatch', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '其中州直8445万人次、塔城地区3500万人次，分别增长15%、39.6%、27.6%。',
      why: 'an item dropped from the list of 万人次 figures: still reported',
      errors: [{ line: 1, column: 29, messageId: 'mismatch', message: /前面列举 2 项.*后面给出 3 个数值/ }],
    },
    {
      text: '批发和零售业、住宿和餐饮业增加值分别增长5.1%、6.2%和7.3%。',
      why: 'two industries of GB/T 4754 (their 和 inside the names), three values: found now that the names are read whole',
      errors: [{ line: 1, column: 21, messageId: 'mismatch', message: /前面列举 2 项.*后面给出 3 个数值/ }],
    },
    {
      text: '分产业看：第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元，分别增长4.6%和7.7%。',
      why: 'the three long statistics items all read: a value missing is found',
      errors: [{ line: 1, column: 57, messageId: 'mismatch', message: /前面列举 3 项.*后面给出 2 个数值/ }],
    },
    {
      text: '其中內地居民近7900萬人次，港澳台居民近6500萬人次、外籍人員約1650萬人次，分別同比增加27.3%、28.9%、50.5%和10.2%。',
      why: 'the same list with four values: no reading gives four things',
      errors: [{ line: 1, column: 49, messageId: 'mismatch', message: /前面列举 2 项.*后面给出 4 个数值/ }],
    },
    {
      text: '全市限上批、零、住、餐四行业增速分别为-11.6%、4.1%、-30%。',
      why: 'four things, three signed values',
      errors: [{ line: 1, column: 21, messageId: 'mismatch', message: /前面列举 4 项.*后面给出 3 个数值/ }],
    },
    { text: '香港（582,025人次）、日本（35,623人次）及大韩民国（26,677人次）旅客按年分别减少2.7%、0.6%、12.1%及9.5%。', why: 'three places with their counts in brackets, four rates', errors: [{ line: 1, column: 50, messageId: 'mismatch', message: /前面列举 3 项/ }] },
    {
      text: '全市猪、牛、羊、家禽出栏分别为73.02万头、6.38万头、17.99万只、256.87万只，分别增长10.3%、5.7%、10%。',
      why: 'four values named by the first 分别, three rates after the second',
      errors: [{ line: 1, column: 52, messageId: 'mismatch', message: /前面列举 4 项.*后面给出 3 个数值/ }],
    },
    {
      text: '0-17岁、18-34岁、35-59岁户籍人口分别为18891人、19099人、48951人和25594人。',
      why: 'age bands are read as items: three bands, four values',
      errors: [{ line: 1, column: 27, messageId: 'mismatch', message: /前面列举 3 项/ }],
    },
    {
      text: '7月份、8月份渭南全市刑事类、治安类警情和刑事立案数同比分别下降10.98%、8.5%、61.3%和9.2%,以实际成效维护全市社会大局持续稳定。',
      why: 'seed 004 line 7: three items, four values',
      errors: [{
        line: 1, column: 33, endColumn: 55, messageId: 'mismatch', text: '10.98%、8.5%、61.3%和9.2%',
        message: '“分别”前后数量不对应：前面列举 3 项（刑事类、治安类警情、刑事立案数），后面给出 4 个数值（10.98%、8.5%、61.3%、9.2%），3 ≠ 4。请补齐漏列的项或删去多余的数值。',
      }],
    },
    {
      text: '三起案件分别于3月和5月告破。',
      errors: [{ line: 1, column: 8, endColumn: 13, messageId: 'mismatch', text: '3月和5月' }],
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
      errors: [{ line: 1, column: 14, endColumn: 23, message: /^“分别” \(respectively\) does not pair up: 2 item\(s\) listed \(刑事类、治安类警情\) but 3 value\(s\) given/ }],
    },
  ],
});
